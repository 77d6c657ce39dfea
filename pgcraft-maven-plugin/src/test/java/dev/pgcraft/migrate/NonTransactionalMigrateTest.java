package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrations with a {@code -- pgcraft:non-transactional} part, on a real PostgreSQL 18. */
class NonTransactionalMigrateTest extends FreshDatabaseTest {

    private static final String NL = System.lineSeparator();
    private static final String V1 =
            "CREATE TABLE a (id int PRIMARY KEY, v int);\nINSERT INTO a VALUES (1, 7), (2, 8);\n";
    private static final String V2 = """
            CREATE TABLE audit (note text);
            INSERT INTO audit VALUES ('transactional part of V2');
            -- pgcraft:non-transactional
            SET lock_timeout = '5s';
            DROP INDEX CONCURRENTLY IF EXISTS ux_a_v;
            CREATE UNIQUE INDEX CONCURRENTLY ux_a_v
                ON a (v);
            """;
    // Fails the migration unless the session settings are the server's defaults again.
    private static final String V3_CHECKS_SETTINGS = """
            DO $$ BEGIN
              IF current_setting('lock_timeout') <> '0' THEN
                RAISE EXCEPTION 'lock_timeout leaked into V3: %', current_setting('lock_timeout');
              END IF;
            END $$;
            """;

    private MigrateResult migrate() {
        return new Migrator().migrate(MigrateOptions.of(db, dir), listener);
    }

    private List<String> history() {
        return query(db, "SELECT installed_rank, version, type, script, success FROM public.pgcraft_schema_history"
                + " ORDER BY installed_rank");
    }

    private String indexValid() {
        return queryOne(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_a_v'::regclass");
    }

    @Test
    void concurrentIndexThatCannotRunInATransactionAppliesAfterTheMarker() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__unique_v.sql", V2);
        write("V3__check_settings.sql", V3_CHECKS_SETTINGS);

        MigrateResult result = migrate();

        assertEquals(3, result.applied().size());
        assertEquals(List.of("1|1|SQL|V1__create_a.sql|t", "2|2|SQL|V2__unique_v.sql|t",
                "3|3|SQL|V3__check_settings.sql|t"), history());
        assertEquals("t", indexValid());
        assertEquals("1", queryOne(db, "SELECT count(*) FROM audit"));
    }

    @Test
    void withoutTheMarkerTheSameIndexFailsInsideTheFilesTransaction() throws IOException {
        write("V1__create_a.sql", V1 + "CREATE INDEX CONCURRENTLY ix_a_v ON a (v);\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertTrue(e.problems().get(0).message().contains(
                "CREATE INDEX CONCURRENTLY cannot run inside a transaction block (SQLSTATE 25001)"), e.getMessage());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.a')"));
    }

    @Test
    void failingNonTransactionalStatementLeavesTheFileIncompleteAndTheNextRunResumesIt() throws IOException {
        write("V1__create_a.sql", V1);
        Path v2 = write("V2__unique_v.sql", V2);
        new Migrator().migrate(new MigrateOptions(db, dir, null, MigrationVersion.parse("1")), listener);
        execute(db, "UPDATE a SET v = 7 WHERE id = 2"); // a duplicate the unique index trips on
        write("V3__check_settings.sql", V3_CHECKS_SETTINGS);

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertEquals(List.of(new Problem("PGC-MIGRATE-NON-TRANSACTIONAL-FAILED",
                new SourceLocation(v2.toString(), 6, 1),
                "Migration V2__unique_v.sql failed in the non-transactional statement at line 6: could not create"
                        + " unique index \"ux_a_v\" (SQLSTATE 23505)" + NL
                        + "Detail: Key (v)=(7) is duplicated." + NL
                        + "Statement: CREATE UNIQUE INDEX CONCURRENTLY ux_a_v ..." + NL
                        + "Its transactional part (the statements before -- pgcraft:non-transactional) IS applied and"
                        + " recorded in public.pgcraft_schema_history as incomplete (success = false).",
                "Fix the cause, then run pgcraft:migrate again: it resumes with the non-transactional part, from its"
                        + " first statement. Those statements must be safe to re-run (a failed CREATE INDEX"
                        + " CONCURRENTLY leaves an invalid index behind, which CREATE INDEX ... IF NOT EXISTS would"
                        + " keep: drop an invalid leftover first, as generated files do).")), e.problems());
        assertEquals(List.of("1|1|SQL|V1__create_a.sql|t", "2|2|SQL|V2__unique_v.sql|f"), history());
        assertEquals("1", queryOne(db, "SELECT count(*) FROM audit"));
        assertEquals("f", indexValid()); // what a failed CREATE INDEX CONCURRENTLY leaves behind
        assertEquals(List.of("1 APPLIED", "2 INCOMPLETE", "3 PENDING"), Info.info(db, dir, null).stream()
                .map(info -> info.version() + " " + info.state()).toList());

        // Not fixed yet: the resumed part fails the same way, and nothing else changes.
        PgcraftException again = assertThrows(PgcraftException.class, this::migrate);
        assertEquals(e.problems(), again.problems());
        assertEquals(2, history().size());

        execute(db, "DELETE FROM a WHERE id = 2");
        listener.messages.clear();
        MigrateResult resumed = migrate();

        assertEquals(List.of("Current version of public.pgcraft_schema_history: 2",
                "Resuming V2__unique_v.sql: its transactional part is applied; running its non-transactional part"
                        + " again from the first statement",
                "applied V2__unique_v.sql", "applied V3__check_settings.sql"), listener.messages.subList(0, 4));
        assertEquals(List.of("2", "3"), resumed.applied().stream().map(a -> a.version().toString()).toList());
        assertEquals(List.of("1|1|SQL|V1__create_a.sql|t", "2|2|SQL|V2__unique_v.sql|t",
                "3|3|SQL|V3__check_settings.sql|t"), history());
        assertEquals("1", queryOne(db, "SELECT count(*) FROM audit")); // the transactional part did not run again
        assertEquals("t", indexValid());
    }

    @Test
    void incompleteFileThatChangedSinceIsNotResumed() throws IOException {
        write("V1__create_a.sql", V1.replace("(2, 8)", "(2, 7)"));
        Path v2 = write("V2__unique_v.sql", V2);
        assertThrows(PgcraftException.class, this::migrate);
        write("V2__unique_v.sql", V2.replace("ON a (v)", "ON a (v, id)"));

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        Problem problem = e.problems().get(0);
        assertEquals("PGC-MIGRATE-INCOMPLETE-CHANGED", problem.code());
        assertEquals(SourceLocation.of(v2.toString()), problem.location());
        assertEquals("V2__unique_v.sql is recorded as incomplete (installed_rank 2): its transactional part is"
                + " applied, its non-transactional part did not finish. The file changed since, so migrate cannot"
                + " resume it." + NL
                + "Applied to database: " + Checksum.of(V2) + NL
                + "Resolved locally: " + Checksum.of(V2.replace("ON a (v)", "ON a (v, id)")), problem.message());
        assertEquals("f", queryOne(db, "SELECT success FROM public.pgcraft_schema_history WHERE version = '2'"));
    }

    @Test
    void transactionControlAfterTheMarkerIsRefusedBeforeAnythingIsApplied() throws IOException {
        Path v1 = write("V1__create_a.sql", V1 + "-- pgcraft:non-transactional\nBEGIN;\n"
                + "CREATE INDEX CONCURRENTLY ix_a_v ON a (v);\nCOMMIT;\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertEquals(List.of(new SourceLocation(v1.toString(), 4, 1), new SourceLocation(v1.toString(), 6, 1)),
                e.problems().stream().map(Problem::location).toList());
        assertEquals("V1__create_a.sql contains BEGIN, after -- pgcraft:non-transactional, where pgcraft runs each"
                + " statement on its own and a transaction left open would swallow the ones after it. Nothing was"
                + " applied.", e.problems().get(0).message());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.a')"));
    }
}
