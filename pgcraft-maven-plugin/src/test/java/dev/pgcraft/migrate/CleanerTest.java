package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code pgcraft:clean} on a real PostgreSQL 18: refused unless twice allowed, then the model's objects go. */
@DbTest
class CleanerTest {

    @TempDir
    Path project;

    @Test
    void dropsWhatTheModelOwnsOnlyWhenAllowed() throws Exception {
        Path config = project.resolve("pgcraft.xml");
        Files.writeString(config, """
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim">
                    <appendOnly name="prices"><column name="amount" type="numeric"/></appendOnly>
                  </schema>
                  <schema name="public">
                    <simple name="notes"><column name="body" type="text"/></simple>
                  </schema>
                </pgcraft>
                """);
        Path migrations = project.resolve("migrations");
        new Generator(message -> { }).generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, false));
        ConnectionSettings db = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(db, migrations), MigrationListener.NONE);
        execute(db, "CREATE SCHEMA keep; CREATE TABLE keep.t (id int); CREATE TABLE public.other (id int)");
        String relations = "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                + "c.relnamespace WHERE c.relkind IN ('r', 'v') AND n.nspname IN ('dim', 'public', 'keep') ORDER BY 1";
        List<String> before = query(db, relations);

        PgcraftException disabled = assertThrows(PgcraftException.class, () -> new Cleaner().clean(
                new CleanOptions(config, "pgcraft.xml", db, null, true, true, false, null), MigrationListener.NONE));
        assertEquals("clean is disabled (pgcraft.cleanDisabled is true, the default); on " + db.safeUrl()
                + " it would run:\n"
                + "    DROP SCHEMA IF EXISTS \"dim\" CASCADE\n"
                + "    DROP TABLE IF EXISTS \"public\".\"notes\" CASCADE\n"
                + "    DROP TABLE IF EXISTS \"public\".\"pgcraft_schema_history\" [PGC-CLEAN-DISABLED]",
                disabled.getMessage().lines().limit(4).reduce((a, b) -> a + "\n" + b).orElseThrow());
        PgcraftException remote = assertThrows(PgcraftException.class, () -> new Cleaner().clean(
                new CleanOptions(config, "pgcraft.xml", db, null, false, false, false, null), MigrationListener.NONE));
        assertEquals("PGC-CLEAN-NOT-EMBEDDED", remote.problems().get(0).code());
        assertEquals(before, query(db, relations), "a refused clean drops nothing");

        new Cleaner().clean(new CleanOptions(config, "pgcraft.xml", db, null, false, true, false, null),
                MigrationListener.NONE);
        assertEquals(List.of("keep.t", "public.other"), query(db, relations));

        // From nothing again: migrate applies every file anew.
        MigrateResult again = new Migrator().migrate(MigrateOptions.of(db, migrations), MigrationListener.NONE);
        assertEquals(1, again.applied().size());
    }
}
