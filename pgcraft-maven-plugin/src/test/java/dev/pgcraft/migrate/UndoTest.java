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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Undoer} against a real PostgreSQL 18, one fresh database per test. */
class UndoTest extends FreshDatabaseTest {

    private static final String NL = System.lineSeparator();
    private static final String V1 = "CREATE TABLE a (id int PRIMARY KEY, v int);\n";
    private static final String U1 = "DROP TABLE a;\n";
    private static final String V2 = "CREATE TABLE b (id int);\n";
    private static final String U2 = "DROP TABLE b;\n";
    private static final String V3 = "CREATE TABLE c (id int);\n";
    private static final String U3 = "DROP TABLE c;\n";

    private void writeThreeWithUndo() throws IOException {
        write("V1__create_a.sql", V1);
        write("U1__create_a.sql", U1);
        write("V2__create_b.sql", V2);
        write("U2__create_b.sql", U2);
        write("V3__create_c.sql", V3);
        write("U3__create_c.sql", U3);
    }

    private MigrateResult migrate() {
        return new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE);
    }

    private UndoResult undo(String target) {
        return new Undoer().undo(new UndoOptions(db, dir, null,
                target == null ? null : MigrationVersion.parse(target)), listener);
    }

    private List<String> history() {
        return query(db, "SELECT installed_rank, version, description, type, script, checksum, success"
                + " FROM public.pgcraft_schema_history ORDER BY installed_rank");
    }

    private List<String> states() {
        return Info.info(db, dir, null).stream().map(info -> info.version() + " " + info.state()).toList();
    }

    private String table(String name) {
        return queryOne(db, "SELECT to_regclass('public." + name + "')");
    }

    @Test
    void undoesOnlyTheLatestByDefaultAndRecordsAnUndoRow() throws IOException {
        writeThreeWithUndo();
        migrate();

        UndoResult result = undo(null);

        assertEquals(List.of("U3__create_c.sql"), result.undone().stream().map(MigrateResult.Applied::script).toList());
        assertEquals(MigrationVersion.parse("3"), result.versionBefore());
        assertEquals(MigrationVersion.parse("2"), result.versionAfter());
        assertEquals("null", table("c"));
        assertEquals("b", table("b"));
        assertEquals("4|3|create c|UNDO_SQL|U3__create_c.sql|" + Checksum.of(U3) + "|t", history().get(3));
        assertEquals(List.of("Current version of public.pgcraft_schema_history: 3", "undone U3__create_c.sql"),
                listener.messages.subList(0, 2));
        assertTrue(listener.messages.get(2).startsWith("Undid 1 migration, now at version 2 ("),
                listener.messages.get(2));
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 UNDONE"), states());
    }

    @Test
    void undoesEveryVersionAboveTheTargetNewestFirst() throws IOException {
        writeThreeWithUndo();
        migrate();

        UndoResult result = undo("1");

        assertEquals(List.of("U3__create_c.sql", "U2__create_b.sql"),
                result.undone().stream().map(MigrateResult.Applied::script).toList());
        assertEquals(MigrationVersion.parse("1"), result.versionAfter());
        assertEquals(List.of("4|3|create c|UNDO_SQL|U3__create_c.sql|" + Checksum.of(U3) + "|t",
                "5|2|create b|UNDO_SQL|U2__create_b.sql|" + Checksum.of(U2) + "|t"), history().subList(3, 5));
        assertEquals("a", table("a"));
        assertEquals("null", table("b"));
        assertEquals(List.of("1 APPLIED", "2 UNDONE", "3 UNDONE"), states());
    }

    @Test
    void targetZeroUndoesEverything() throws IOException {
        writeThreeWithUndo();
        migrate();

        UndoResult result = undo("0");

        assertEquals(3, result.undone().size());
        assertNull(result.versionAfter());
        assertEquals("null", table("a"));
        assertTrue(listener.messages.get(listener.messages.size() - 1)
                .startsWith("Undid 3 migrations, now with no migration applied ("));
    }

    @Test
    void migrateAppliesAnUndoneVersionAgainEvenWhenItsFileChangedMeanwhile() throws IOException {
        writeThreeWithUndo();
        migrate();
        undo("1");
        write("V3__create_c.sql", "CREATE TABLE c (id bigint);\n"); // edited while undone: allowed

        MigrateResult again = migrate();

        assertEquals(List.of("2", "3"), again.applied().stream().map(a -> a.version().toString()).toList());
        assertEquals(MigrationVersion.parse("1"), again.versionBefore());
        assertEquals(List.of("6|2|create b|SQL|V2__create_b.sql|" + Checksum.of(V2) + "|t",
                "7|3|create c|SQL|V3__create_c.sql|" + Checksum.of("CREATE TABLE c (id bigint);\n") + "|t"),
                history().subList(5, 7));
        assertEquals("bigint", queryOne(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'public.c'::regclass AND attname = 'id'"));
        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 APPLIED"), states());
        assertTrue(migrate().upToDate());
    }

    @Test
    void undoneVersionWhoseFileIsDeletedIsNotPendingAndBlocksNothing() throws IOException {
        writeThreeWithUndo();
        migrate();
        undo(null);
        Files.delete(dir.resolve("V3__create_c.sql"));
        Files.delete(dir.resolve("U3__create_c.sql"));

        assertEquals(List.of("1 APPLIED", "2 APPLIED", "3 UNDONE"), states());
        assertTrue(migrate().upToDate());
        assertEquals("U2__create_b.sql", undo(null).undone().get(0).script());
    }

    @Test
    void missingUndoFilesAreListedAndNothingIsUndone() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__create_b.sql", "-- pgcraft migration V2 (V2__create_b.sql)\n-- Generated from pgcraft.xml by"
                + " pgcraft:generate. Do not edit: change the model and generate again.\n\n" + V2);
        write("V3__create_c.sql", V3);
        write("U3__create_c.sql", U3);
        write("V4__seed.sql", "INSERT INTO c VALUES (1);\n");
        migrate();

        PgcraftException e = assertThrows(PgcraftException.class, () -> undo("1"));

        assertEquals(List.of(new Problem("PGC-UNDO-MISSING-UNDO-FILE", SourceLocation.of(dir.toString()),
                "Undo needs an undo file for every version it undoes, and these have none:" + NL
                        + "  V4__seed.sql: hand-written migration: write U4__seed.sql" + NL
                        + "  V2__create_b.sql: this version was generated without an undo file (pgcraft could not"
                        + " reverse its change); write U2__create_b.sql by hand if it can be reversed" + NL
                        + "Nothing was undone.",
                "Write the missing U<version>__<description>.sql next to its migration (the SQL that reverses it),"
                        + " or set pgcraft.target above the versions without one")), e.problems());
        assertEquals(4, history().size());
        assertEquals("c", table("c"));
    }

    @Test
    void targetMustBeAnAppliedVersionAtOrBelowTheCurrentOne() throws IOException {
        writeThreeWithUndo();
        write("V5__create_e.sql", "CREATE TABLE e (id int);\n");
        new Migrator().migrate(new MigrateOptions(db, dir, null, MigrationVersion.parse("3")), MigrationListener.NONE);

        PgcraftException above = assertThrows(PgcraftException.class, () -> undo("5"));
        PgcraftException between = assertThrows(PgcraftException.class, () -> undo("1.5"));
        UndoResult current = undo("3");

        assertEquals("pgcraft.target is 5, above the current version 3: undo only goes down. Nothing was undone.",
                above.problems().get(0).message());
        assertEquals("pgcraft.target is 1.5, which is not an applied version (applied: 1, 2, 3). Nothing was undone.",
                between.problems().get(0).message());
        assertEquals("PGC-UNDO-TARGET", between.problems().get(0).code());
        assertTrue(current.nothingUndone());
        assertEquals("Nothing to undo: the schema is already at version 3 (pgcraft.target)",
                listener.messages.get(listener.messages.size() - 1));
        assertEquals(3, history().size());
    }

    @Test
    void nothingAppliedIsNothingToUndoNotAFailure() throws IOException {
        writeThreeWithUndo();

        UndoResult result = undo(null);

        assertTrue(result.nothingUndone());
        assertEquals(List.of("Nothing to undo: no migration is applied according to public.pgcraft_schema_history"),
                listener.messages);
        assertEquals("null", table("pgcraft_schema_history"));
    }

    @Test
    void undoValidatesLikeMigrateFirst() throws IOException {
        writeThreeWithUndo();
        migrate();
        write("V1__create_a.sql", V1.replace("v int", "v bigint"));

        PgcraftException e = assertThrows(PgcraftException.class, () -> undo(null));

        assertEquals("PGC-MIGRATE-CHECKSUM-MISMATCH", e.problems().get(0).code());
        assertEquals("c", table("c"));
    }

    @Test
    void failingUndoStatementRollsBackItsWholeFile() throws IOException {
        writeThreeWithUndo();
        Path u3 = write("U3__create_c.sql", "DROP TABLE c;\nDROP TABLE nope;\n");
        migrate();

        PgcraftException e = assertThrows(PgcraftException.class, () -> undo("1"));

        assertEquals(new SourceLocation(u3.toString(), 2, 0), e.problems().get(0).location());
        assertEquals("Undo file U3__create_c.sql failed in the statement at line 2: table \"nope\" does not exist"
                + " (SQLSTATE 42P01)" + NL
                + "Statement: DROP TABLE nope" + NL
                + "Nothing of this file was applied; undo files before it stay applied (schema version: 3).",
                e.problems().get(0).message());
        assertEquals("c", table("c"));
        assertEquals(3, history().size());
    }

    @Test
    void undoFileWithANonTransactionalPart() throws IOException {
        write("V1__create_a.sql", V1);
        write("U1__create_a.sql", U1);
        write("V2__index_v.sql", "COMMENT ON TABLE a IS 'indexed';\n-- pgcraft:non-transactional\n"
                + "CREATE INDEX CONCURRENTLY ix_a_v ON a (v);\n");
        String u2 = "COMMENT ON TABLE a IS NULL;\n-- pgcraft:non-transactional\nSET lock_timeout = '1s';\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS ix_a_v;\n";
        write("U2__index_v.sql", u2);
        migrate();
        assertEquals("ix_a_v", queryOne(db, "SELECT to_regclass('public.ix_a_v')"));

        undo(null);

        assertEquals("null", queryOne(db, "SELECT to_regclass('public.ix_a_v')"));
        assertEquals("null", queryOne(db, "SELECT obj_description('public.a'::regclass)"));
        assertEquals("3|2|index v|UNDO_SQL|U2__index_v.sql|" + Checksum.of(u2) + "|t", history().get(2));
        assertEquals(1, migrate().applied().size());
        assertEquals("ix_a_v", queryOne(db, "SELECT to_regclass('public.ix_a_v')"));
    }

    @Test
    void unfinishedUndoBlocksMigrateAndTheNextUndoResumesIt() throws IOException {
        write("V1__create_a.sql", V1);
        write("V2__unique_v.sql", "-- pgcraft:non-transactional\nCREATE INDEX CONCURRENTLY ix_a_v ON a (v);\n");
        // The undo replaces the index by a unique one, which fails while v has duplicates.
        write("U2__unique_v.sql", "INSERT INTO a VALUES (1, 7), (2, 7);\n-- pgcraft:non-transactional\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS ix_a_v;\nDROP INDEX CONCURRENTLY IF EXISTS ux_a_v;\n"
                + "CREATE UNIQUE INDEX CONCURRENTLY ux_a_v ON a (v);\n");
        migrate();

        PgcraftException failed = assertThrows(PgcraftException.class, () -> undo(null));
        assertEquals("PGC-MIGRATE-NON-TRANSACTIONAL-FAILED", failed.problems().get(0).code());
        assertTrue(failed.problems().get(0).message().endsWith("IS applied and recorded in"
                + " public.pgcraft_schema_history as an incomplete undo of version 2 (success = false)."));
        assertTrue(failed.problems().get(0).fix().startsWith("Fix the cause, then run pgcraft:undo again"));
        assertEquals(List.of("1 APPLIED", "2 UNDO_INCOMPLETE"), states());

        PgcraftException blocked = assertThrows(PgcraftException.class, this::migrate);
        assertEquals("PGC-MIGRATE-UNDO-INCOMPLETE", blocked.problems().get(0).code());
        assertEquals("The undo of version 2 by U2__unique_v.sql did not finish (installed_rank 3): its transactional"
                + " part is applied, its non-transactional part is not", blocked.problems().get(0).message());

        execute(db, "DELETE FROM a WHERE id = 2");
        listener.messages.clear();
        UndoResult resumed = undo(null);

        assertEquals("Resuming the undo of version 2 by U2__unique_v.sql: its transactional part is applied;"
                + " running its non-transactional part again from the first statement", listener.messages.get(1));
        assertEquals(MigrationVersion.parse("1"), resumed.versionAfter());
        assertEquals("1", queryOne(db, "SELECT count(*) FROM a")); // the INSERT did not run again
        assertEquals("t", queryOne(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ux_a_v'::regclass"));
        assertEquals(List.of("1 APPLIED", "2 UNDONE"), states());
    }

    @Test
    void anIncompleteMigrationCanBeUndoneInsteadOfFinished() throws IOException {
        write("V1__create_a.sql", V1 + "INSERT INTO a VALUES (1, 7), (2, 7);\n");
        write("V2__unique_v.sql", "CREATE TABLE audit (note text);\n-- pgcraft:non-transactional\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS ux_a_v;\nCREATE UNIQUE INDEX CONCURRENTLY ux_a_v ON a (v);\n");
        write("U2__unique_v.sql", "DROP TABLE audit;\n-- pgcraft:non-transactional\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS ux_a_v;\n");
        assertThrows(PgcraftException.class, this::migrate);
        assertEquals(List.of("1 APPLIED", "2 INCOMPLETE"), states());

        undo(null);

        assertEquals(List.of("1 APPLIED", "2 UNDONE"), states());
        assertEquals("null", table("audit"));
        assertEquals("null", table("ux_a_v"));
    }
}
