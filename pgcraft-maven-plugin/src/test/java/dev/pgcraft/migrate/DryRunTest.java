package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code migrate -Dpgcraft.dryRun=…} on a real PostgreSQL 18: the plan is written, the database is untouched. */
@DbTest
class DryRunTest {

    @TempDir
    Path dir;

    @Test
    void writesWhatWouldRunAndChangesNothing() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__items.sql"), "CREATE TABLE items (id int, sku text);\n"
                + "INSERT INTO items VALUES (1, 'a');");
        Files.writeString(migrations.resolve("V2__sku_index.sql"), "SELECT 1;\n-- pgcraft:non-transactional\n"
                + "CREATE INDEX CONCURRENTLY ix_sku ON items (sku);");
        ConnectionSettings db = freshDatabase();
        Path plan = dir.resolve("out/plan.sql");

        MigrateResult result = new Migrator().migrate(new MigrateOptions(db, migrations, null, null, null, plan),
                MigrationListener.NONE);

        assertTrue(result.upToDate());
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class WHERE relname IN ('items', "
                + "'pgcraft_schema_history')"));
        long key = HistoryTable.named(null).lockKey();
        assertEquals("-- pgcraft:migrate dry run against " + db.safeUrl() + "\n"
                + "-- Nothing of this was run. Schema version now: none; 2 to apply.\n"
                + "\n"
                + "-- [lock] on a connection of its own, held until the end: SELECT pg_try_advisory_lock(" + key
                + "), polled until granted\n"
                + "-- [history] public.pgcraft_schema_history does not exist: migrate creates it\n"
                + "\n"
                + "-- ==== V1__items.sql (" + Checksum.of(Files.readString(migrations.resolve("V1__items.sql")))
                + ") ====\n"
                + "BEGIN;\n"
                + "CREATE TABLE items (id int, sku text);\n"
                + "INSERT INTO items VALUES (1, 'a');\n"
                + "-- [history] INSERT INTO public.pgcraft_schema_history: version 1, V1__items.sql, success = true\n"
                + "COMMIT;\n"
                + "\n"
                + "-- ==== V2__sku_index.sql (" + Checksum.of(Files.readString(migrations.resolve("V2__sku_index.sql")))
                + ") ====\n"
                + "BEGIN;\n"
                + "SELECT 1;\n"
                + "-- [history] INSERT INTO public.pgcraft_schema_history: version 2, V2__sku_index.sql, success = false\n"
                + "COMMIT;\n"
                + "-- [non-transactional] each statement on its own, in autocommit mode\n"
                + "CREATE INDEX CONCURRENTLY ix_sku ON items (sku);\n"
                + "RESET ALL;\n"
                + "-- [history] UPDATE public.pgcraft_schema_history: version 2 success = true\n"
                + "\n"
                + "-- [lock] SELECT pg_advisory_unlock(" + key + ")\n", Files.readString(plan));

        // The plan runs as written (statement by statement, as psql would), giving what migrate gives.
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            for (SqlStatement each : SqlScript.split(Files.readString(plan))) {
                statement.execute(each.sql());
            }
        }
        assertEquals(List.of("1|a"), query(db, "SELECT id, sku FROM items"));
        assertEquals("t", queryOne(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_sku'::regclass"));

        // Once migrated, a dry run has nothing to run.
        ConnectionSettings migrated = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(migrated, migrations), MigrationListener.NONE);
        new Migrator().migrate(new MigrateOptions(migrated, migrations, null, null, null, plan), MigrationListener.NONE);
        assertEquals("-- pgcraft:migrate dry run against " + migrated.safeUrl() + "\n"
                + "-- Nothing of this was run. Schema version now: 2; 0 to apply.\n"
                + "-- The schema is up to date: migrate would run nothing.\n", Files.readString(plan));
    }
}
