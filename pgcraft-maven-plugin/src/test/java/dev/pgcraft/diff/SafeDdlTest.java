package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where {@link SafeDdl} puts a new UNIQUE constraint: which part of the file, and in which form. */
class SafeDdlTest {

    private static final Constraint SKU = Constraint.unique("dim", "products", "uq__products__sku", List.of("sku"));

    @Test
    void aUniqueOnAnExistingTableIsBuiltConcurrentlyAfterTheTransaction() {
        MigrationChanges split = SafeDdl.split(List.of(new Change.Create(SKU)));
        assertEquals(List.of(), split.transactional());
        assertEquals(List.of(new Change.AddUniqueConcurrently(SKU)), split.nonTransactional());
    }

    @Test
    void aUniqueOnATableCreatedByTheSameMigrationIsCreatedPlainly() {
        Table products = new Table("dim", "products",
                List.of(new Column("sku", "text", false, null, Identity.NONE)));
        MigrationChanges split = SafeDdl.split(List.of(new Change.Create(products), new Change.Create(SKU)));
        assertEquals(List.of(new Change.Create(products), new Change.Create(SKU)), split.transactional());
        assertEquals(List.of(), split.nonTransactional());
    }

    @Test
    void aUniqueAForeignKeyOfTheSameMigrationPointsAtStaysInTheTransaction() {
        // The foreign key is created in the transaction and needs its key there: building the key after the
        // commit would fail the file.
        Constraint reference = Constraint.foreignKey("dim", "offers", "fk__offers__sku__products", List.of("sku"),
                ObjectId.table("dim", "products"), List.of("sku"), ForeignKeyAction.RESTRICT,
                ForeignKeyAction.NO_ACTION, SKU.id());
        Table offers = new Table("dim", "offers", List.of(new Column("sku", "text", false, null, Identity.NONE)));
        MigrationChanges split = SafeDdl.split(List.of(new Change.Create(SKU), new Change.Create(offers),
                new Change.Create(reference)));
        assertEquals(List.of(new Change.Create(SKU), new Change.Create(offers), new Change.Create(reference)),
                split.transactional());
        assertEquals(List.of(), split.nonTransactional());
    }
}
