package dev.pgcraft.render;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.Policy;
import dev.pgcraft.model.schema.Revocation;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.RowSecurity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spi.TemplateEngine;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.SampleStates;
import dev.pgcraft.testing.TestPostgres;
import org.apache.velocity.exception.MethodInvocationException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every template renders SQL PostgreSQL 18 accepts: create everything, then drop everything again; and every object
 * kind is read back from the catalog.
 */
@DbTest
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

    /**
     * What the catalog reader calls each object kind (its key in {@link Catalog}); a kind missing here fails
     * {@link #everyObjectKindIsReadBackFromTheCatalog()}. Roles are cluster-wide, outside every schema the reader
     * scans, so they are looked up in {@code pg_roles}; data keys are rows, not catalog objects.
     */
    private static final Map<Class<?>, Function<DbObject, String>> CATALOG_KEYS = Map.ofEntries(
            Map.entry(Schema.class, o -> "schema " + ((Schema) o).name()),
            Map.entry(Table.class, o -> "table " + ((Table) o).schema() + "." + ((Table) o).name()),
            Map.entry(Constraint.class, o -> "constraint " + ((Constraint) o).schema() + "." + ((Constraint) o).table()
                    + "." + ((Constraint) o).name()),
            Map.entry(Index.class, o -> "index " + ((Index) o).schema() + "." + ((Index) o).name()),
            Map.entry(View.class, o -> (((View) o).materialized() ? "materialized view " : "view ")
                    + ((View) o).schema() + "." + ((View) o).name()),
            Map.entry(SqlFunction.class, o -> "function " + ((SqlFunction) o).schema() + "."
                    + ((SqlFunction) o).name() + "(" + String.join(", ", ((SqlFunction) o).argumentTypes()) + ")"),
            Map.entry(Trigger.class, o -> "trigger " + ((Trigger) o).schema() + "." + ((Trigger) o).table() + "."
                    + ((Trigger) o).name()),
            Map.entry(Grant.class, o -> "grant " + ((Grant) o).on().kind().name().toLowerCase(Locale.ROOT) + " "
                    + ((Grant) o).on().schema() + "." + ((Grant) o).on().name() + " to " + ((Grant) o).role()),
            Map.entry(Comment.class, o -> "comment " + (((Comment) o).column() == null
                    ? ((Comment) o).on().kind().name().toLowerCase(Locale.ROOT) + " " + ((Comment) o).on().schema()
                    + "." + ((Comment) o).on().name()
                    : "column " + ((Comment) o).on().schema() + "." + ((Comment) o).on().name() + "."
                    + ((Comment) o).column())),
            Map.entry(Role.class, o -> "role " + ((Role) o).name()),
            // A revocation is the absence of PUBLIC's default grant: the check below reads the function's privileges.
            Map.entry(Revocation.class, o -> "function " + ((Revocation) o).on().schema() + "."
                    + ((Revocation) o).on().name()),
            // Row security is a flag of the table's entry; the check below reads it there.
            Map.entry(RowSecurity.class, o -> "table " + ((RowSecurity) o).on().schema() + "."
                    + ((RowSecurity) o).on().name()),
            Map.entry(Policy.class, o -> "policy " + ((Policy) o).on().schema() + "." + ((Policy) o).on().name()
                    + "." + ((Policy) o).name()));

    @Test
    void everyObjectKindIsReadBackFromTheCatalog() throws SQLException {
        Set<Class<?>> kinds = new HashSet<>(CATALOG_KEYS.keySet());
        kinds.addAll(EveryKindTest.NO_CREATE_OR_DROP.keySet());
        assertEquals(Set.of(DbObject.class.getPermittedSubclasses()), kinds,
                "every DbObject kind has a catalog key here, or is exempt in EveryKindTest.NO_CREATE_OR_DROP");
        SchemaState state = SampleStates.everyKind();
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, renderer.render("V1", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(SchemaState.empty(), state))));
        Catalog catalog;
        try (Connection connection = db.open()) {
            catalog = new CatalogReader(List.of()).read(connection, List.of("dim"));
        }
        Set<Class<?>> seen = new HashSet<>();
        for (DbObject object : EveryKindTest.objectSamples().values()) {
            if (EveryKindTest.NO_CREATE_OR_DROP.containsKey(object.getClass())) {
                continue;
            }
            String key = CATALOG_KEYS.get(object.getClass()).apply(object);
            if (object instanceof Role role) {
                assertEquals(role.name(), queryOne(db, "SELECT rolname FROM pg_roles WHERE rolname = '"
                        + role.name() + "'"), key);
            } else {
                assertTrue(catalog.objects().containsKey(key), key + " in " + catalog.objects().keySet());
            }
            if (object instanceof Revocation) {
                assertFalse(catalog.objects().containsKey("grant " + key + " to PUBLIC"),
                        "PUBLIC's EXECUTE is revoked: " + catalog.objects().keySet());
            }
            if (object instanceof RowSecurity) {
                assertTrue(catalog.objects().get(key).contains(" ROW LEVEL SECURITY"), catalog.objects().get(key));
            }
            seen.add(object.getClass());
        }
        assertEquals(CATALOG_KEYS.keySet(), seen);
        execute(db, renderer.render("V2", "pgcraft.xml", List.of(),
                ChangeOrder.order(Differ.diff(state, SchemaState.empty()))));
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
        TemplateEngine engine = ChangeRenderer.migrations();
        assertThrows(MethodInvocationException.class, () -> engine.render("create-schema", Map.of()));
    }
}
