package dev.pgcraft.testing;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Policy;
import dev.pgcraft.model.schema.Revocation;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.RowSecurity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;

import java.util.List;

/** A state using every object kind of the model, for codec and renderer tests. */
public final class SampleStates {

    private SampleStates() {
    }

    /**
     * {@link #everyKind()} as the last format-2 release knew it: without the object kinds added since (row security,
     * policies, revocations), which is what the frozen {@code format-2-every-kind.json} holds.
     */
    public static SchemaState everyKindOfFormat2() {
        SchemaState.Builder builder = SchemaState.builder();
        everyKind().objects().stream().filter(o -> !(o instanceof RowSecurity) && !(o instanceof Policy)
                        && !(o instanceof Revocation))
                .forEach(builder::add);
        everyKind().requirements().forEach(builder::require);
        return builder.build();
    }

    public static SchemaState everyKind() {
        Table categories = new Table("dim", "categories", List.of(
                new Column("id", "bigint", false, null, Identity.BY_DEFAULT),
                new Column("name", "text", false, null, Identity.NONE)));
        Table products = new Table("dim", "products", List.of(
                new Column("id", "uuid", false, "uuidv7()", Identity.NONE),
                new Column("sku", "text", false, null, Identity.NONE),
                new Column("price", "numeric(10,2)", true, "0", Identity.NONE),
                new Column("category_id", "bigint", true, null, Identity.NONE)));
        ObjectId categoriesPk = ObjectId.constraint("dim", "categories", "pk__categories__id");
        SqlFunction touch = new SqlFunction("dim", "products_touch", List.of(), List.of(), "trigger", "plpgsql",
                "\nBEGIN\n    RETURN NEW;\nEND;\n", "VOLATILE", true, "pg_catalog, pg_temp", List.of(products.id()));
        return SchemaState.builder()
                .add(new Schema("dim"))
                .add(new Role("web_anon", false, List.of()))
                .add(categories)
                .add(products)
                .add(Constraint.primaryKey("dim", "categories", "pk__categories__id", List.of("id")))
                .add(Constraint.primaryKey("dim", "products", "pk__products__id", List.of("id")))
                .add(Constraint.unique("dim", "products", "uq__products__sku", List.of("sku")))
                .add(Constraint.check("dim", "products", "ck__products__price_positive", "price >= 0"))
                .add(Constraint.foreignKey("dim", "products", "fk__products__category_id__categories",
                        List.of("category_id"), categories.id(), List.of("id"), ForeignKeyAction.RESTRICT,
                        ForeignKeyAction.NO_ACTION, categoriesPk))
                .add(new Index("dim", "products", "ix__products__sku_lower", true, "btree",
                        List.of(IndexKey.expression("lower(sku)")), "price > 0"))
                .add(new View("dim", "cheap_products", "SELECT id, sku FROM dim.products WHERE price < 10", false,
                        List.of(products.id()), List.of(new ViewColumn("id", "bigint"), new ViewColumn("sku", "text"))))
                .add(touch)
                .add(new Trigger("dim", "products", false, "products_touch", "BEFORE", List.of("UPDATE"), true, false,
                        null, touch.id()))
                .add(new Grant(ObjectId.view("dim", "cheap_products"), "web_anon", List.of("SELECT")))
                .add(new Revocation(touch.id(), List.of("EXECUTE")))
                .add(new RowSecurity(products.id(), false))
                .add(new Policy(products.id(), "priced", "SELECT", List.of("web_anon"), "price IS NOT NULL", null,
                        List.of()))
                .add(new Comment(products.id(), null, "Things we sell"))
                .add(new Comment(products.id(), "sku", "Stock keeping unit, e.g. 'AB-1'"))
                .require(new VersionRequirement(18, "uuidv7() primary keys"))
                .build();
    }
}
