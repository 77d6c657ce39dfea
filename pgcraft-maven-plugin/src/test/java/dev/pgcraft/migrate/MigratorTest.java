package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrate against a real PostgreSQL 18, one fresh database per test. */
class MigratorTest extends FreshDatabaseTest {

    private static final String NL = System.lineSeparator();
    private static final String V1 = "CREATE TABLE a (id int PRIMARY KEY);\nINSERT INTO a VALUES (1);\n";
    private static final String V2 = "CREATE TABLE b (id int);\n";

    private MigrateResult migrate() {
        return migrate(null);
    }

    private MigrateResult migrate(String target) {
        return new Migrator().migrate(new MigrateOptions(db, dir, null,
                target == null ? null : MigrationVersion.parse(target)), listener);
    }

    private List<String> history() {
        return query(db, "SELECT installed_rank, version, description, type, script, checksum, installed_by, success"
                + " FROM public.pgcraft_schema_history ORDER BY installed_rank");
    }

    @Test
    void appliesFilesInOrderEachWithAHistoryRow() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__create_b.sql", V2);

        MigrateResult result = migrate();

        assertEquals(List.of("1", "2"), result.applied().stream().map(a -> a.version().toString()).toList());
        assertEquals("V2__create_b.sql", result.applied().get(1).script());
        assertEquals("create b", result.applied().get(1).description());
        assertNull(result.versionBefore());
        assertEquals(MigrationVersion.parse("2"), result.versionAfter());
        assertEquals(List.of(
                "1|1|create a|SQL|V1__create_a.sql|" + Checksum.of(V1) + "|postgres|t",
                "2|2|create b|SQL|V2__create_b.sql|" + Checksum.of(V2) + "|postgres|t"), history());
        assertTrue(Checksum.of(V1).startsWith("sha256:"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM public.pgcraft_schema_history"
                + " WHERE execution_time < 0 OR installed_on IS NULL"));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM pg_indexes WHERE indexname = 'pgcraft_schema_history_s_idx'"));
        assertEquals(List.of("Current version of public.pgcraft_schema_history: none (empty)",
                "applied V1__create_a.sql", "applied V2__create_b.sql"), listener.messages.subList(0, 3));
        assertTrue(listener.messages.get(3).startsWith("Applied 2 migrations, now at version 2 ("),
                listener.messages.get(3));
    }

    @Test
    void secondRunIsANoOp() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__create_b.sql", V2);
        migrate();
        listener.messages.clear();

        MigrateResult again = migrate();

        assertTrue(again.upToDate());
        assertEquals(MigrationVersion.parse("2"), again.versionBefore());
        assertEquals(MigrationVersion.parse("2"), again.versionAfter());
        assertEquals(List.of("Schema is up to date at version 2"), listener.messages);
        assertEquals(2, history().size());
    }

    @Test
    void editedAppliedFileIsAChecksumMismatch() throws IOException {
        Path v1 = write("V1__create_a.sql", V1);
        migrate();
        write("V1__create_a.sql", V1.replace("id int", "id bigint"));

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertEquals(List.of(new Problem("PGC-MIGRATE-CHECKSUM-MISMATCH", SourceLocation.of(v1.toString()),
                "Migration checksum mismatch for V1__create_a.sql" + NL
                        + "Applied to database: " + Checksum.of(V1) + NL
                        + "Resolved locally: " + Checksum.of(V1.replace("id int", "id bigint")),
                "Either revert the file to what was applied, or, if the change is intended, run pgcraft:repair")),
                e.problems());
        assertEquals(v1 + ": Migration checksum mismatch for V1__create_a.sql" + NL
                + "Applied to database: " + Checksum.of(V1) + NL
                + "Resolved locally: " + Checksum.of(V1.replace("id int", "id bigint"))
                + " [PGC-MIGRATE-CHECKSUM-MISMATCH]" + NL
                + "  Either revert the file to what was applied, or, if the change is intended, run pgcraft:repair",
                e.getMessage());
    }

    @Test
    void crlfResaveAndBomAreNotChanges() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__create_b.sql", V2);
        migrate();
        write("V1__create_a.sql", V1.replace("\n", "\r\n"));
        Files.write(dir.resolve("V2__create_b.sql"), ("\uFEFF" + V2).getBytes(StandardCharsets.UTF_8));

        assertTrue(migrate().upToDate());
    }

    @Test
    void statementsSentTogetherKeepTheirBoundaries() throws IOException {
        // A file's statements go to the server in one go: a line comment ending a statement must not swallow the
        // next one, and semicolons inside quotes and bodies are not boundaries. Should the file fail as a whole,
        // migrate would run it again statement by statement; a sequence (not rolled back) counts the runs.
        write("V1__sequence.sql", "CREATE SEQUENCE runs;\n");
        write("V2__together.sql", "SELECT nextval('runs') -- counts the runs;\n;\n"
                + "CREATE TABLE t (v text) -- the table;\n;\n"
                + "INSERT INTO t VALUES ('a;b');\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;\n"
                + "INSERT INTO t SELECT f()::text -- one more\n;\n");

        assertEquals(2, migrate().applied().size());
        assertEquals(List.of("1", "a;b"), query(db, "SELECT v FROM t ORDER BY v"));
        assertEquals("1", queryOne(db, "SELECT last_value FROM runs"));
    }

    @Test
    void failingStatementRollsBackItsWholeFile() throws IOException {
        write("V1__create_a.sql", V1);
        Path v2 = write("V2__broken.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n\n"
                + "INSERT INTO nope\n  VALUES (1);\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        Problem problem = e.problems().get(0);
        assertEquals("PGC-MIGRATE-STATEMENT-FAILED", problem.code());
        assertEquals(new SourceLocation(v2.toString(), 4, 13), problem.location());
        assertEquals("Migration V2__broken.sql failed in the statement at line 4: relation \"nope\" does not exist"
                + " (SQLSTATE 42P01)" + NL
                + "Statement: INSERT INTO nope ..." + NL
                + "Nothing of this file was applied; files before it stay applied (schema version: 1).",
                problem.message());
        assertEquals(List.of("1|1|create a|SQL|V1__create_a.sql|" + Checksum.of(V1) + "|postgres|t"), history());
        assertEquals("1", queryOne(db, "SELECT count(*) FROM a"));
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.b')"));

        // Fixing the file (it was never applied, so editing it is fine) lets the next run continue.
        write("V2__broken.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n");
        assertEquals(1, migrate().applied().size());
        assertEquals("1", queryOne(db, "SELECT count(*) FROM b"));
    }

    @Test
    void serverDetailAndHintAreShown() throws IOException {
        write("V1__create_a.sql", V1 + "INSERT INTO a VALUES (1);\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        String message = e.problems().get(0).message();
        assertTrue(message.contains("duplicate key value violates unique constraint \"a_pkey\" (SQLSTATE 23505)"
                + NL + "Detail: Key (id)=(1) already exists."), message);
        assertEquals(3, e.problems().get(0).location().line());
        assertEquals("0", queryOne(db, "SELECT count(*) FROM public.pgcraft_schema_history"));
    }

    @Test
    void targetStopsEarly() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__create_b.sql", V2);
        write("V3__create_c.sql", "CREATE TABLE c (id int);");

        MigrateResult first = migrate("2");
        assertEquals(2, first.applied().size());
        assertEquals(MigrationVersion.parse("2"), first.versionAfter());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.c')"));

        MigrateResult rest = migrate();
        assertEquals(List.of("V3__create_c.sql"), rest.applied().stream().map(MigrateResult.Applied::script).toList());
        assertEquals(MigrationVersion.parse("2"), rest.versionBefore());
    }

    @Test
    void appliedFileMissingLocallyIsRefused() throws IOException {
        write("V1__create_a.sql", V1);
        Path v2 = write("V2__create_b.sql", V2);
        migrate();
        Files.delete(v2);

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        Problem problem = e.problems().get(0);
        assertEquals("PGC-MIGRATE-MISSING-LOCALLY", problem.code());
        assertEquals("Migration V2__create_b.sql (version 2) was applied to the database but is missing locally in "
                + dir, problem.message());
    }

    @Test
    void pendingFileBelowTheLatestAppliedIsRefusedNamingBoth() throws IOException {
        write("V1__create_a.sql", V1);
        write("V3__create_c.sql", "CREATE TABLE c (id int);");
        migrate();
        write("V2__create_b.sql", V2);

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertEquals("Pending migration V2__create_b.sql has a lower version than V3__create_c.sql, which is already"
                + " applied (version 3)", e.problems().get(0).message());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.b')"));
    }

    @Test
    void transactionControlInAFileIsRefusedBeforeAnythingIsApplied() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__commit.sql", "CREATE TABLE b (id int);\nCOMMIT;\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        Problem problem = e.problems().get(0);
        assertEquals("PGC-MIGRATE-TRANSACTION-CONTROL", problem.code());
        assertEquals(2, problem.location().line());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.a')"));
    }

    @Test
    void customHistoryTableIsCreatedWithItsSchema() throws IOException {
        write("V1__create_a.sql", V1);

        new Migrator().migrate(new MigrateOptions(db, dir, "audit.Migrations", null), listener);

        assertEquals("1|V1__create_a.sql", queryOne(db, "SELECT installed_rank, script FROM audit.\"Migrations\""));
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.pgcraft_schema_history')"));
    }

    @Test
    void flywaysOwnHistoryTableIsRefusedBeforeAnythingRuns() throws IOException {
        write("V1__create_a.sql", V1);
        execute(db, "CREATE TABLE public.flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),"
                + " description varchar(200), type varchar(20), script varchar(1000), checksum integer,"
                + " installed_by varchar(100), installed_on timestamp, execution_time integer, success boolean)");

        PgcraftException e = assertThrows(PgcraftException.class, () -> new Migrator().migrate(
                new MigrateOptions(db, dir, "public.flyway_schema_history", null), listener));

        assertEquals("public.flyway_schema_history is not a pgcraft schema history table: its checksum column is"
                + " integer (Flyway's CRC), not text holding sha256:<hex>", e.problems().get(0).message());
        assertEquals("null", queryOne(db, "SELECT to_regclass('public.a')"));
    }

    @Test
    void noFilesSaysSo() {
        MigrateResult result = new Migrator().migrate(MigrateOptions.of(db, dir.resolve("missing")), listener);

        assertTrue(result.upToDate());
        assertEquals("No migrations found in " + dir.resolve("missing"), listener.messages.get(0));
    }
}
