package dev.pgcraft.render;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.testing.SampleStates;
import dev.pgcraft.testing.TestPostgres;
import org.apache.velocity.exception.MethodInvocationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every template renders SQL PostgreSQL 18 accepts: create everything, then drop everything again. */
class EveryKindOnPostgresTest {

    private final MigrationRenderer renderer = new MigrationRenderer();

    @Test
    void createAllThenDropAll() {
        SchemaState state = SampleStates.everyKind();
        String create = renderer.render("V1", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(SchemaState.empty(), state)));
        String drop = renderer.render("V2", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(state, SchemaState.empty())));
        ConnectionSettings db = TestPostgres.freshDatabase();

        execute(db, create);
        assertEquals("dim.cheap_products|SELECT", queryOne(db, "SELECT table_schema || '.' || table_name || '|'"
                + " || privilege_type FROM information_schema.role_table_grants WHERE grantee = 'web_anon'"));
        assertEquals("products_touch|BEFORE|UPDATE", queryOne(db, "SELECT trigger_name, action_timing,"
                + " event_manipulation FROM information_schema.triggers WHERE event_object_table = 'products'"));
        assertEquals("{\"search_path=pg_catalog, pg_temp\"}", queryOne(db,
                "SELECT proconfig FROM pg_proc WHERE proname = 'products_touch' AND prosecdef"));

        execute(db, drop);
        assertEquals(List.of(), query(db, "SELECT nspname FROM pg_namespace WHERE nspname = 'dim'"));
        assertEquals(List.of(), query(db, "SELECT rolname FROM pg_roles WHERE rolname = 'web_anon'"));
    }

    @Test
    void creatingARoleThatExistsIsNotAnError() {
        SchemaState state = SampleStates.everyKind();
        String create = renderer.render("V1", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(SchemaState.empty(), state)));
        ConnectionSettings one = TestPostgres.freshDatabase();
        ConnectionSettings two = TestPostgres.freshDatabase();
        execute(one, create);
        execute(two, create);
        assertEquals(1, query(two, "SELECT 1 FROM pg_roles WHERE rolname = 'web_anon'").size());
        // A role is cluster-wide: it can only be dropped once no database grants it anything.
        execute(one, "DROP SCHEMA dim CASCADE");
        execute(two, renderer.render("V2", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(state, SchemaState.empty()))));
    }

    @Test
    void aRoleNameContainingTheDollarTagCannotCloseTheQuote() {
        SchemaState state = SchemaState.builder()
                .add(new dev.pgcraft.model.schema.Role("r$pgcraft$x", false, List.of())).build();
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, renderer.render("V1", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(SchemaState.empty(), state))));
        assertEquals("r$pgcraft$x|f", queryOne(db, "SELECT rolname, rolcanlogin FROM pg_roles"
                + " WHERE rolname = 'r$pgcraft$x'"));
        execute(db, renderer.render("V2", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(state, SchemaState.empty()))));
    }

    @Test
    void aMissingTemplateVariableFailsInsteadOfPrintingIt() {
        TemplateEngine engine = TemplateEngine.migrations();
        assertThrows(MethodInvocationException.class, () -> engine.render("create-schema", Map.of()));
    }
}
