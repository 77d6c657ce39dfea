package dev.pgcraft.drift;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.migrate.RepairOptions;
import dev.pgcraft.migrate.Repairer;
import dev.pgcraft.migrate.UndoOptions;
import dev.pgcraft.migrate.Undoer;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pgcraft:drift} on a real PostgreSQL 18: the live database against its applied migrations, replayed. */
@DbTest
class DrifterTest {

    @TempDir
    Path dir;

    private final Drifter drifter = new Drifter(TestPostgres.pg18().connectionSettings(), line -> { });

    @AfterEach
    void dropReplays() {
        drifter.close();
    }

    private DriftOptions options(SchemaScope scope) {
        return new DriftOptions(dir, "db/migration", null, scope);
    }

    private ConnectionSettings migrated() throws Exception {
        Files.writeString(dir.resolve("V1__items.sql"), """
                CREATE SCHEMA app;
                CREATE TABLE app.items (id bigint PRIMARY KEY, name text NOT NULL);
                CREATE INDEX ix_items_name ON app.items (name);
                """);
        Files.writeString(dir.resolve("V2__count.sql"), """
                CREATE FUNCTION app.item_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM app.items $$;
                """);
        ConnectionSettings db = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE);
        return db;
    }

    @Test
    void aDatabaseAsMigratedHasNoDriftAndNothingIsWritten() throws Exception {
        ConnectionSettings db = migrated();
        execute(db, "CREATE SCHEMA other; CREATE TABLE other.notes (n text); CREATE TABLE public.extra (x int)");
        String history = queryOne(db, "SELECT string_agg(version || success, ',') FROM pgcraft_schema_history");
        DriftResult result = drifter.drift(options(SchemaScope.OWNED), db);
        assertTrue(result.noDrift(), () -> String.join("\n", result.described()));
        assertEquals(Set.of("app"), result.schemas(), "public and other hold nothing the migrations made");
        assertEquals(MigrationVersion.parse("2"), result.version());
        assertTrue(result.summary().startsWith("No drift: " + db.safeUrl() + " is what its 2 applied migrations"
                + " (up to version 2 in db/migration) make ("), result.summary());
        assertEquals(history, queryOne(db, "SELECT string_agg(version || success, ',') FROM pgcraft_schema_history"));
    }

    @Test
    void handMadeChangesAreNamedWithBothDefinitions() throws Exception {
        ConnectionSettings db = migrated();
        execute(db, """
                ALTER TABLE app.items ADD COLUMN note text;
                DROP INDEX app.ix_items_name;
                CREATE OR REPLACE FUNCTION app.item_count() RETURNS bigint LANGUAGE sql AS $$ SELECT 42::bigint $$;
                CREATE SCHEMA other; CREATE TABLE other.notes (n text);
                """);
        DriftResult result = drifter.drift(options(SchemaScope.OWNED), db);
        List<String> described = result.described();
        assertEquals(3, described.size(), String.join("\n", described));
        assertEquals("column app.items.note: added (in the live database, not made by the migrations)\n    text",
                described.get(0));
        assertTrue(described.get(1).startsWith("function app.item_count(): changed (- migrations, + live database)"),
                described.get(1));
        assertTrue(described.get(1).contains("- CREATE OR REPLACE FUNCTION app.item_count()")
                || described.get(1).contains("SELECT count(*) FROM app.items"), described.get(1));
        assertTrue(described.get(1).contains("+") && described.get(1).contains("42"), described.get(1));
        assertEquals("index app.ix_items_name: dropped (the migrations make it, the live database lacks it)\n"
                + "    CREATE INDEX ix_items_name ON app.items USING btree (name)", described.get(2));
        PgcraftException e = assertThrows(PgcraftException.class, result::throwIfDrifted);
        assertEquals("PGC-DRIFT-FOUND", e.problems().get(0).code());
    }

    @Test
    void otherSchemasCountWhenAskedFor() throws Exception {
        ConnectionSettings db = migrated();
        execute(db, "CREATE SCHEMA other; CREATE TABLE other.notes (n text)");
        DriftResult named = drifter.drift(options(SchemaScope.parse("other")), db);
        assertTrue(named.described().contains("schema other: added (in the live database, not made by the"
                + " migrations)\n    CREATE SCHEMA other"), String.join("\n", named.described()));
        DriftResult all = drifter.drift(options(SchemaScope.parse("*")), db);
        assertTrue(all.schemas().containsAll(Set.of("app", "other", "public")), all.schemas().toString());
        assertTrue(all.described().stream().anyMatch(line -> line.startsWith("table other.notes: added")));
    }

    @Test
    void undoneAndPendingVersionsAreNotExpected() throws Exception {
        ConnectionSettings db = migrated();
        Files.writeString(dir.resolve("U2__count.sql"), "DROP FUNCTION app.item_count();");
        new Undoer().undo(new UndoOptions(db, dir, null, null), MigrationListener.NONE);
        Files.writeString(dir.resolve("V3__later.sql"), "CREATE TABLE app.later (id int);");
        DriftResult result = drifter.drift(options(SchemaScope.OWNED), db);
        assertTrue(result.noDrift(), () -> String.join("\n", result.described()));
        assertEquals(MigrationVersion.parse("1"), result.version());
        assertEquals(1, result.applied());
    }

    @Test
    void anEditedAppliedFileIsRefusedNotGuessed() throws Exception {
        ConnectionSettings db = migrated();
        Files.writeString(dir.resolve("V2__count.sql"), "SELECT 1;");
        PgcraftException e = assertThrows(PgcraftException.class, () -> drifter.drift(options(SchemaScope.OWNED), db));
        assertEquals(List.of("PGC-MIGRATE-CHECKSUM-MISMATCH"), e.problems().stream().map(Problem::code).toList());
    }

    @Test
    void aDatabaseWithoutHistoryIsRefused() throws Exception {
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id int);");
        ConnectionSettings db = freshDatabase();
        PgcraftException e = assertThrows(PgcraftException.class, () -> drifter.drift(options(SchemaScope.OWNED), db));
        assertEquals("PGC-DRIFT-NOTHING-APPLIED", e.problems().get(0).code());
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class WHERE relname = 'pgcraft_schema_history'"));
    }

    @Test
    void databasesAtOneVersionShareOneReplay() throws Exception {
        ConnectionSettings first = migrated();
        ConnectionSettings second = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(second, dir), MigrationListener.NONE);
        String before = queryOne(TestPostgres.pg18().connectionSettings(),
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgcraft_drift_%'");
        assertTrue(drifter.drift(options(SchemaScope.OWNED), first).noDrift());
        assertTrue(drifter.drift(options(SchemaScope.OWNED), second).noDrift());
        assertEquals(Integer.parseInt(before) + 1, Integer.parseInt(queryOne(TestPostgres.pg18().connectionSettings(),
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgcraft_drift_%'")));
        drifter.close();
        assertEquals(before, queryOne(TestPostgres.pg18().connectionSettings(),
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgcraft_drift_%'"));
    }

    @Test
    void aReplayOnAnotherMajorVersionSaysSoWhenThereIsDrift() throws Exception {
        Files.writeString(dir.resolve("V1__items.sql"), "CREATE SCHEMA app; CREATE TABLE app.items (id int);");
        ConnectionSettings live = freshDatabase(TestPostgres.pg17());
        new Migrator().migrate(MigrateOptions.of(live, dir), MigrationListener.NONE);
        assertEquals(17, Drifter.serverMajor(live));
        DriftResult same = drifter.drift(options(SchemaScope.OWNED), live);
        assertTrue(same.noDrift(), () -> String.join("\n", same.described()));
        execute(live, "ALTER TABLE app.items ADD COLUMN note text");
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> drifter.drift(options(SchemaScope.OWNED), live).throwIfDrifted());
        assertTrue(e.problems().get(0).fix().endsWith("The migrations were replayed on PostgreSQL 18, the live"
                + " database runs 17: if a definition differs only in how it is printed, leave"
                + " pgcraft.embedded.version unset (or set it to 17) to replay on the same major version."),
                e.problems().get(0).fix());
    }

    @Test
    void anIncompleteOrDeletedVersionIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id int);\nINSERT INTO one VALUES (1), (1);\n"
                + "-- pgcraft:non-transactional\nCREATE UNIQUE INDEX CONCURRENTLY one_id ON one (id);\n");
        ConnectionSettings db = freshDatabase();
        assertThrows(PgcraftException.class,
                () -> new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE));
        PgcraftException incomplete = assertThrows(PgcraftException.class,
                () -> drifter.drift(options(SchemaScope.OWNED), db));
        assertEquals("PGC-DRIFT-INCOMPLETE", incomplete.problems().get(0).code());
        assertEquals("Run pgcraft:migrate to finish it, then run pgcraft:drift again.",
                incomplete.problems().get(0).fix());

        Files.writeString(dir.resolve("V1__two.sql"), "CREATE TABLE two (id int);");
        Files.delete(dir.resolve("V1__one.sql"));
        ConnectionSettings other = freshDatabase();
        new Migrator().migrate(MigrateOptions.of(other, dir), MigrationListener.NONE);
        Files.delete(dir.resolve("V1__two.sql"));
        new Repairer().repair(RepairOptions.withChecksums(other, dir, null, null, null), MigrationListener.NONE);
        PgcraftException deleted = assertThrows(PgcraftException.class,
                () -> drifter.drift(options(SchemaScope.OWNED), other));
        assertEquals("PGC-DRIFT-DELETED", deleted.problems().get(0).code());
        assertTrue(deleted.problems().get(0).message().startsWith("V1__two.sql (version 1) was applied and its file"
                + " then removed"), deleted.problems().get(0).message());
    }
}
