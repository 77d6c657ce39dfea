package dev.pgcraft.migrate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Switching {@code <tenant/>} on over tables that hold rows, with the golden case {@code tenant-switch-on}'s
 * migrations: {@code default="'legacy'"} fills the new NOT NULL column of the existing rows (and keeps their
 * references valid under the composite tenant foreign key); removing the attribute drops the default, so a new row
 * must name its tenant.
 */
class TenantSwitchOnTest extends FreshDatabaseTest {

    private static final Path GOLDEN = Path.of("src/test/resources/generate/tenant-switch-on/expected");

    private void step(String file) throws IOException {
        Files.copy(GOLDEN.resolve(file), dir.resolve(file));
        new Migrator().migrate(MigrateOptions.of(db, dir), listener);
    }

    @Test
    void theDefaultFillsTheRowsThatExistAndGoesAfterwards() throws IOException {
        step("V1__init.sql");
        execute(db, "INSERT INTO dim.customers (email) VALUES ('a@x'), ('b@x');"
                + " INSERT INTO dim.orders (customer_id) SELECT id FROM dim.customers");

        step("V2__update.sql");
        assertEquals("legacy,legacy", String.join(",", query(db, "SELECT tenant_id FROM dim.customers")));
        assertEquals("2", queryOne(db, "SELECT count(*) FROM dim.orders WHERE tenant_id = 'legacy'"));
        assertEquals("t", queryOne(db, "SELECT convalidated FROM pg_constraint"
                + " WHERE conname = 'fk__orders__tenant_id_customer_id__customers'"));

        step("V3__update.sql");
        assertEquals("0", queryOne(db, "SELECT count(*) FROM information_schema.columns"
                + " WHERE column_name = 'tenant_id' AND column_default IS NOT NULL"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> execute(db, "INSERT INTO dim.customers (email) VALUES ('c@x')"));
        assertTrue(refused.getMessage().contains("null value in column \"tenant_id\""), refused.getMessage());
        execute(db, "INSERT INTO dim.customers (tenant_id, email) VALUES ('acme', 'a@x')");
        assertEquals("3", queryOne(db, "SELECT count(*) FROM dim.customers"));
    }
}
