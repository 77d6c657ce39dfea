package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code pgcraft:validate} on a real PostgreSQL 18: every problem migrate would stop at, and nothing changed. */
@DbTest
class ValidatorTest {

    @TempDir
    Path dir;

    @Test
    void pendingMigrationsAreNoProblemAndNothingIsCreated() throws Exception {
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id int);");
        ConnectionSettings db = freshDatabase();
        ValidateResult result = Validator.validate(db, dir, null);
        assertEquals("Validated 1 migration: schema at no version, 1 pending; no problems found.", result.summary());
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class WHERE relname = 'pgcraft_schema_history'"));
    }

    @Test
    void everyProblemIsListedAtOnceAndNothingChanges() throws Exception {
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id int);");
        Files.writeString(dir.resolve("V2__two.sql"), "CREATE TABLE two (id int);");
        Files.writeString(dir.resolve("V3__three.sql"), "CREATE TABLE three (id int);");
        ConnectionSettings db = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE);
        List<String> history = query(db, "SELECT * FROM public.pgcraft_schema_history ORDER BY installed_rank");

        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id bigint);");
        Files.delete(dir.resolve("V2__two.sql"));
        Files.writeString(dir.resolve("V2.5__late.sql"), "CREATE TABLE late (id int);");
        Files.writeString(dir.resolve("V4__commits.sql"), "CREATE TABLE four (id int);\nCOMMIT;");
        Files.writeString(dir.resolve("V5__future.sql"), "-- pgcraft:min-postgresql 99 a future feature\n"
                + "CREATE TABLE five (id int);");

        PgcraftException e = assertThrows(PgcraftException.class, () -> Validator.validate(db, dir, null));
        assertEquals(List.of("PGC-MIGRATE-CHECKSUM-MISMATCH", "PGC-MIGRATE-MISSING-LOCALLY",
                        "PGC-MIGRATE-OUT-OF-ORDER", "PGC-MIGRATE-TRANSACTION-CONTROL", "PGC-MIGRATE-SERVER-TOO-OLD"),
                e.problems().stream().map(Problem::code).toList());
        assertEquals(history, query(db, "SELECT * FROM public.pgcraft_schema_history ORDER BY installed_rank"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class WHERE relname IN ('late', 'four', 'five')"));
    }
}
