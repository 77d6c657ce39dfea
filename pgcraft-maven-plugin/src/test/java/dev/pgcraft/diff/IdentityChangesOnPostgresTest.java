package dev.pgcraft.diff;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A column's identity is added, switched between BY DEFAULT and ALWAYS, and dropped in place, keeping its rows. */
@DbTest
class IdentityChangesOnPostgresTest {

    private final MigrationRenderer renderer = new MigrationRenderer();

    @Test
    void identityIsAddedSwitchedAndDroppedInPlace() {
        ConnectionSettings db = TestPostgres.freshDatabase();
        SchemaState plain = state(Identity.NONE, "0");
        SchemaState byDefault = state(Identity.BY_DEFAULT, null);
        SchemaState always = state(Identity.ALWAYS, null);
        apply(db, SchemaState.empty(), plain);
        execute(db, "INSERT INTO s.t (n) VALUES (7)");

        apply(db, plain, byDefault);
        assertEquals("d", identityOf(db));
        apply(db, byDefault, always);
        assertEquals("a", identityOf(db));
        apply(db, always, plain);
        assertEquals("", identityOf(db));
        assertEquals("0", queryOne(db, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef"
                + " WHERE adrelid = 's.t'::regclass"));
        assertEquals("7", queryOne(db, "SELECT n FROM s.t"));
    }

    private void apply(ConnectionSettings db, SchemaState from, SchemaState to) {
        execute(db, renderer.render("V", "test", List.of(), ChangeOrder.order(Differ.diff(from, to))));
    }

    private static String identityOf(ConnectionSettings db) {
        return queryOne(db, "SELECT attidentity FROM pg_attribute WHERE attrelid = 's.t'::regclass"
                + " AND attname = 'n'");
    }

    private static SchemaState state(Identity identity, String defaultValue) {
        return SchemaState.builder().add(new Schema("s")).add(new Table("s", "t", List.of(
                new Column("n", "bigint", false, defaultValue, identity)))).build();
    }
}
