package dev.pgcraft.diff;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.testing.Convergence;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What PostgreSQL refuses to keep across a change — a view over a column whose type changes, the trigger, grant and
 * comment on that view, a view over that view — is dropped and recreated around it; a function whose body changes
 * is replaced in place, keeping its trigger. Applied on a real PostgreSQL with rows in the table.
 */
@DbTest
class DependentsOnPostgresTest {

    private static final String ROLE = "dependents_reader";
    private final MigrationRenderer renderer = new MigrationRenderer();

    @Test
    void aViewChainIsRecreatedAroundAColumnTypeChangeWithItsTriggerGrantAndComment() {
        SchemaState before = state("integer", "NEW.amount", "s.orders");
        SchemaState after = state("numeric(12,2)", "NEW.amount", "s.orders");
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), before));
        execute(db, "INSERT INTO s.order_view (amount) VALUES (7)");

        List<Change> changes = ChangeOrder.order(Differ.diff(before, after));
        assertEquals(List.of("Drop view s.big_orders", "Drop view s.order_view", "AlterColumn table s.orders",
                "Create view s.order_view", "Create view s.big_orders", "Create trigger s.order_view.order_view_insert",
                "Create grant s.view:order_view.dependents_reader", "Create comment s.view:order_view."),
                describe(changes));
        execute(db, sql(before, after));

        assertEquals("numeric", queryOne(db, "SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'order_view' AND column_name = 'amount'"));
        execute(db, "INSERT INTO s.order_view (amount) VALUES (2.5)");
        assertEquals("7.00,2.50", queryOne(db, "SELECT string_agg(amount::text, ',' ORDER BY id) FROM s.orders"));
        assertEquals("t", queryOne(db, "SELECT has_table_privilege('" + ROLE + "', 's.order_view', 'SELECT')"));
        assertEquals("Orders, as written", queryOne(db, "SELECT obj_description('s.order_view'::regclass)"));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM s.big_orders"));
    }

    @Test
    void aChangedFunctionBodyIsReplacedInPlaceAndItsTriggerStays() {
        SchemaState before = state("integer", "NEW.amount", "s.orders");
        SchemaState after = state("integer", "NEW.amount * 2", "s.orders");
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), before));

        List<Change> changes = ChangeOrder.order(Differ.diff(before, after));
        assertEquals(List.of("Replace function s.order_view_insert()"), describe(changes));
        execute(db, sql(before, after));
        execute(db, "INSERT INTO s.order_view (amount) VALUES (21)");
        assertEquals("42", queryOne(db, "SELECT amount FROM s.orders"));
    }

    @Test
    void aViewThatOnlyGainsColumnsIsReplacedInPlaceKeepingItsTriggerGrantCommentAndDependents() {
        SchemaState before = state("integer", "NEW.amount", "s.orders");
        SchemaState after = state("integer", "NEW.amount", "s.orders", true, false);
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), before));
        execute(db, "INSERT INTO s.order_view (amount) VALUES (7)");

        assertEquals(List.of("AddColumn table s.orders", "Replace view s.order_view"),
                describe(ChangeOrder.order(Differ.diff(before, after))));
        execute(db, sql(before, after));
        execute(db, "INSERT INTO s.order_view (amount) VALUES (9)");
        assertEquals("2", queryOne(db, "SELECT count(*) FROM s.big_orders"));
        assertEquals("t", queryOne(db, "SELECT has_table_privilege('" + ROLE + "', 's.order_view', 'SELECT')"));
        assertEquals("Orders, as written", queryOne(db, "SELECT obj_description('s.order_view'::regclass)"));
        Convergence.assertSameCatalog(fromScratch(after), db, Set.of("s"));

        // Back: a view that loses a column cannot be replaced; it and what stands on it are recreated.
        List<String> undo = describe(ChangeOrder.order(Differ.diff(after, before)));
        assertTrue(undo.contains("Drop view s.order_view") && undo.contains("Create view s.big_orders"), undo::toString);
        execute(db, sql(after, before));
        Convergence.assertSameCatalog(fromScratch(before), db,
                Set.of("s"));
    }

    @Test
    void aViewThatCouldBeReplacedIsRecreatedWhenTheViewUnderItIs() {
        SchemaState before = state("integer", "NEW.amount", "s.orders");
        SchemaState after = state("bigint", "NEW.amount", "s.orders", true, true);
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), before));

        List<String> changes = describe(ChangeOrder.order(Differ.diff(before, after)));
        assertTrue(changes.contains("Drop view s.big_orders") && changes.contains("Create view s.big_orders")
                && changes.stream().noneMatch(c -> c.startsWith("Replace")), changes::toString);
        execute(db, sql(before, after));
        Convergence.assertSameCatalog(fromScratch(after), db,
                Set.of("s"));
    }

    @Test
    void theUndoOfARecreationRestoresTheFirstState() {
        SchemaState before = state("integer", "NEW.amount", "s.orders");
        SchemaState after = state("bigint", "NEW.amount", "s.orders");
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), before));
        execute(db, sql(before, after));
        execute(db, sql(after, before));
        assertEquals("integer", queryOne(db, "SELECT data_type FROM information_schema.columns"
                + " WHERE table_name = 'order_view' AND column_name = 'amount'"));
        execute(db, "INSERT INTO s.order_view (amount) VALUES (3)");
        assertEquals("t", queryOne(db, "SELECT has_table_privilege('" + ROLE + "', 's.order_view', 'SELECT')"));
    }

    /** A new database with {@code state} built from nothing. */
    private ConnectionSettings fromScratch(SchemaState state) {
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), state));
        return db;
    }

    private String sql(SchemaState from, SchemaState to) {
        return renderer.render("V", "test", List.of(), ChangeOrder.order(Differ.diff(from, to)));
    }

    private static List<String> describe(List<Change> changes) {
        return changes.stream().map(c -> c.getClass().getSimpleName() + " " + c.subject()).toList();
    }

    /** A table, a view over it with an INSTEAD OF trigger, a grant and a comment, and a view over the view. */
    private static SchemaState state(String amountType, String insertedAmount, String table) {
        return state(amountType, insertedAmount, table, false, false);
    }

    /**
     * As {@link #state(String, String, String)}; {@code withNote} adds a column {@code note} to the table and the
     * first view, {@code bigNote} to the view over the view too. Views declare their columns, so they may be
     * replaced in place.
     */
    private static SchemaState state(String amountType, String insertedAmount, String table, boolean withNote,
                                     boolean bigNote) {
        List<Column> columns = new java.util.ArrayList<>(List.of(
                new Column("id", "bigint", false, null, Identity.BY_DEFAULT),
                new Column("amount", amountType, true, null, Identity.NONE)));
        List<ViewColumn> viewColumns = new java.util.ArrayList<>(List.of(new ViewColumn("id", "bigint"),
                new ViewColumn("amount", amountType)));
        if (withNote) {
            columns.add(new Column("note", "text", true, null, Identity.NONE));
            viewColumns.add(new ViewColumn("note", "text"));
        }
        Table orders = new Table("s", "orders", columns);
        View view = new View("s", "order_view", "SELECT id, amount" + (withNote ? ", note" : "") + " FROM s.orders",
                false, List.of(orders.id()), viewColumns);
        View big = new View("s", "big_orders", "SELECT id" + (bigNote ? ", note" : "")
                + " FROM s.order_view WHERE amount > 5", false, List.of(view.id()),
                bigNote ? List.of(new ViewColumn("id", "bigint"), new ViewColumn("note", "text"))
                        : List.of(new ViewColumn("id", "bigint")));
        SqlFunction insert = new SqlFunction("s", "order_view_insert", List.of(), List.of(), "trigger", "plpgsql",
                "\nBEGIN\n    INSERT INTO " + table + " (amount) VALUES (" + insertedAmount + ");\n    RETURN NEW;\nEND;\n",
                "VOLATILE", false, null, List.of(orders.id()));
        List<DbObject> objects = List.of(new Schema("s"), new Role(ROLE, false, List.of()), orders,
                Constraint.primaryKey("s", "orders", "pk__orders__id", List.of("id")), view, big, insert,
                new Trigger("s", "order_view", true, "order_view_insert", "INSTEAD OF", List.of("INSERT"), true,
                        false, null, insert.id()),
                new Grant(ObjectId.view("s", "order_view"), ROLE, List.of("SELECT")),
                new Comment(view.id(), null, "Orders, as written"));
        return SchemaState.builder().addAll(objects).build();
    }

    @Test
    void aChangedRoleIsAlteredInPlaceAndKeepsItsGrants() {
        String reader = "dependents_role_reader";
        String parent = "dependents_role_parent";
        Table table = new Table("r", "t", List.of(new Column("id", "bigint", false, null, Identity.NONE)));
        Grant grant = new Grant(table.id(), reader, List.of("SELECT"));
        SchemaState before = SchemaState.builder().add(new Schema("r")).add(table)
                .add(new Role(reader, false, List.of())).add(grant).build();
        SchemaState after = SchemaState.builder().add(new Schema("r")).add(table)
                .add(new Role(reader, true, List.of(parent))).add(new Role(parent, false, List.of())).add(grant)
                .build();
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, sql(SchemaState.empty(), before));

        assertEquals(List.of("Create role " + parent, "Replace role " + reader),
                describe(ChangeOrder.order(Differ.diff(before, after))));
        execute(db, sql(before, after));
        assertEquals("t|t", queryOne(db, "SELECT rolcanlogin, pg_has_role('" + reader + "', '" + parent
                + "', 'MEMBER') FROM pg_roles WHERE rolname = '" + reader + "'"));
        assertEquals("t", queryOne(db, "SELECT has_table_privilege('" + reader + "', 'r.t', 'SELECT')"));

        // Back: the parent role goes, which ends the membership; the reader stays, without login, with its grant.
        execute(db, sql(after, before));
        assertEquals("f", queryOne(db, "SELECT rolcanlogin FROM pg_roles WHERE rolname = '" + reader + "'"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_roles WHERE rolname = '" + parent + "'"));
        assertEquals("t", queryOne(db, "SELECT has_table_privilege('" + reader + "', 'r.t', 'SELECT')"));
        execute(db, "DROP SCHEMA r CASCADE; DROP ROLE " + reader);
    }
}
