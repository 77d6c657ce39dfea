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

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code pgcraft:baseline} on a real PostgreSQL 18: a plain baseline, a Flyway takeover, and each refusal. */
@DbTest
class BaselineTest {

    private static final String ROWS = "SELECT installed_rank, version, type, script, success"
            + " FROM public.pgcraft_schema_history ORDER BY 1";

    @TempDir
    Path dir;

    private static BaselineOptions options(ConnectionSettings db, Path dir, String version) {
        return new BaselineOptions(db, dir, null, BaselineOptions.parseVersion(version), null, null, null);
    }

    private void files() throws Exception {
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id int);");
        Files.writeString(dir.resolve("V2__two.sql"), "CREATE TABLE two (id int);\n");
    }

    @Test
    void baselineMarksVersionsUpToItAppliedAndMigrateAppliesTheRest() throws Exception {
        files();
        ConnectionSettings db = freshDatabase();
        execute(db, "CREATE TABLE one (id int)");
        BaselineResult result = new Baseliner().baseline(options(db, dir, "V1"), MigrationListener.NONE);
        assertEquals(MigrationVersion.parse("1"), result.version());
        assertEquals(List.of("1|1|BASELINE|<< pgcraft Baseline >>|t"), query(db, ROWS));

        new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE);
        assertEquals(List.of(MigrationState.BASELINE, MigrationState.APPLIED),
                Info.info(db, dir, null).stream().map(MigrationInfo::state).toList());

        PgcraftException again = assertThrows(PgcraftException.class,
                () -> new Baseliner().baseline(options(db, dir, "2"), MigrationListener.NONE));
        assertEquals("PGC-BASELINE-HISTORY-NOT-EMPTY", again.problems().get(0).code());
    }

    @Test
    void refusesAnEmptyDatabaseAVersionNoFileHasAndNoVersionWithoutFlyway() throws Exception {
        files();
        ConnectionSettings db = freshDatabase();
        assertEquals("PGC-BASELINE-EMPTY-DATABASE", codeOf(db, "1"));
        execute(db, "CREATE TABLE one (id int)");
        assertEquals("PGC-BASELINE-VERSION-NOT-A-FILE", codeOf(db, "3"));
        assertEquals("PGC-BASELINE-VERSION-MISSING", codeOf(db, null));
        assertEquals(List.of("f"), query(db, "SELECT to_regclass('public.pgcraft_schema_history') IS NOT NULL"),
                "a refused baseline writes nothing, not even the history table");
        PgcraftException bad = assertThrows(PgcraftException.class, () -> BaselineOptions.parseVersion("one"));
        assertEquals("PGC-BASELINE-VERSION", bad.problems().get(0).code());
    }

    @Test
    void takesOverFlywaysHistoryWhenEachFileIsTheOneFlywayRan() throws Exception {
        files();
        ConnectionSettings db = freshDatabase();
        flywayTable(db);
        String v1 = Files.readString(dir.resolve("V1__one.sql"));
        String v2 = Files.readString(dir.resolve("V2__two.sql"));
        execute(db, "INSERT INTO flyway_schema_history VALUES"
                + " (1, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '\"public\"', NULL, 'me', now(), 0, true),"
                + " (2, '1', 'one', 'SQL', 'V1__one.sql', " + FlywayChecksum.of(v1) + ", 'me', now(), 5, true),"
                + " (3, '2', 'two', 'SQL', 'V2__two.sql', " + FlywayChecksum.of(v2) + ", 'me', now(), 7, true)");
        execute(db, "CREATE TABLE one (id int)");
        execute(db, "CREATE TABLE two (id int)");

        assertEquals("PGC-BASELINE-BELOW-FLYWAY", codeOf(db, "1"));
        BaselineResult result = new Baseliner().baseline(options(db, dir, null), MigrationListener.NONE);
        assertEquals(List.of("V1__one.sql", "V2__two.sql"), result.takenOver());
        assertEquals(List.of("2|1|SQL|V1__one.sql|t", "3|2|SQL|V2__two.sql|t"), query(db, ROWS));
        assertEquals(List.of(Checksum.of(v1), Checksum.of(v2)),
                query(db, "SELECT checksum FROM public.pgcraft_schema_history ORDER BY 1"));
        assertEquals(List.of(MigrationState.APPLIED, MigrationState.APPLIED),
                Info.info(db, dir, null).stream().map(MigrationInfo::state).toList());
    }

    @Test
    void refusesATakeoverOfAChangedFileAMissingFileOrAFailedRowListingEach() throws Exception {
        files();
        ConnectionSettings db = freshDatabase();
        flywayTable(db);
        execute(db, "INSERT INTO flyway_schema_history VALUES"
                + " (1, '1', 'one', 'SQL', 'V1__one.sql', 42, 'me', now(), 5, true),"
                + " (2, '2', 'two', 'SQL', 'V2__two.sql', 43, 'me', now(), 7, false),"
                + " (3, '3', 'three', 'SQL', 'V3__three.sql', 44, 'me', now(), 7, true)");
        execute(db, "CREATE TABLE one (id int)");
        PgcraftException refused = assertThrows(PgcraftException.class,
                () -> new Baseliner().baseline(options(db, dir, null), MigrationListener.NONE));
        assertEquals(List.of(
                        "cannot take over public.flyway_schema_history: installed_rank 1 (V1__one.sql, type SQL): "
                                + "V1__one.sql is not the file Flyway ran (Flyway's checksum in history 42, of the file "
                                + "here " + FlywayChecksum.of("CREATE TABLE one (id int);") + "). Nothing was written.",
                        "cannot take over public.flyway_schema_history: installed_rank 2 (V2__two.sql, type SQL) "
                                + "records a failed attempt. Nothing was written.",
                        "cannot take over public.flyway_schema_history: installed_rank 3 (V3__three.sql, type SQL): "
                                + "no migration file here has version 3. Nothing was written."),
                refused.problems().stream().map(Problem::message).toList());
        assertEquals(List.of("f"), query(db, "SELECT to_regclass('public.pgcraft_schema_history') IS NOT NULL"));
    }

    @Test
    void flywaysChecksumIsCrc32OfTheLinesWithoutBreaksSoCrlfKeepsIt() {
        assertEquals(FlywayChecksum.of("a\nb\n"), FlywayChecksum.of("\uFEFFa\r\nb\r\n"));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("ab".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals((int) crc.getValue(), FlywayChecksum.of("a\nb"));
    }

    private String codeOf(ConnectionSettings db, String version) {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> new Baseliner().baseline(options(db, dir, version), MigrationListener.NONE));
        return e.problems().get(0).code();
    }

    /** Flyway 11's DDL for its history table on PostgreSQL. */
    private static void flywayTable(ConnectionSettings db) {
        execute(db, "CREATE TABLE public.flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY,"
                + " version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL,"
                + " script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,"
                + " installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL,"
                + " success boolean NOT NULL)");
    }
}
