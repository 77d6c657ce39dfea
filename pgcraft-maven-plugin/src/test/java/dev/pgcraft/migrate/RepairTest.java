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
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code pgcraft:repair} on a real PostgreSQL 18: each kind of repair, said, and nothing done unasked. */
@DbTest
class RepairTest {

    @TempDir
    Path dir;

    @Test
    void failedRowsGoChecksumsRealignWhenNamedAndMissingFilesAreMarkedDeleted() throws Exception {
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id int);");
        Files.writeString(dir.resolve("V2__two.sql"), "CREATE TABLE two (id int);");
        Files.writeString(dir.resolve("V3__three.sql"), "CREATE TABLE IF NOT EXISTS three (id int);\n"
                + "-- pgcraft:non-transactional\nCREATE INDEX CONCURRENTLY ix_three ON three (missing_column);");
        ConnectionSettings db = freshDatabase();
        assertThrows(PgcraftException.class, () -> new Migrator().migrate(MigrateOptions.of(db, dir),
                MigrationListener.NONE));

        // V1 edited after it was applied, V2's file removed, V3 fixed after its non-transactional part failed.
        Files.writeString(dir.resolve("V1__one.sql"), "CREATE TABLE one (id bigint);");
        Files.delete(dir.resolve("V2__two.sql"));
        Files.writeString(dir.resolve("V3__three.sql"), "CREATE TABLE IF NOT EXISTS three (id int);\n"
                + "-- pgcraft:non-transactional\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ix_three ON three (id);");
        String rows = "SELECT installed_rank, version, type, success FROM public.pgcraft_schema_history ORDER BY 1";
        List<String> before = query(db, rows);

        PgcraftException refused = assertThrows(PgcraftException.class, () -> new Repairer().repair(
                RepairOptions.withChecksums(db, dir, null, "V2", null), MigrationListener.NONE));
        assertEquals(List.of("PGC-REPAIR-CHECKSUM-NOT-ALLOWED", "PGC-REPAIR-CHECKSUMS"),
                refused.problems().stream().map(Problem::code).toList());
        assertEquals(before, query(db, rows), "a refused repair changes nothing");

        List<String> said = new CopyOnWriteArrayList<>();
        RepairResult result = new Repairer().repair(RepairOptions.withChecksums(db, dir, null, "v1", null),
                new MigrationListener() {
                    @Override
                    public void info(String message) {
                        said.add(message);
                    }
                });
        assertEquals(List.of("V3__three.sql"), result.removedFailed());
        assertEquals(List.of("V1__one.sql"), result.realigned());
        assertEquals(List.of("V2__two.sql"), result.markedDeleted());
        assertEquals(3, said.size(), said.toString());
        assertEquals("Realigned the checksum of V1__one.sql: " + Checksum.of("CREATE TABLE one (id int);") + " -> "
                + Checksum.of("CREATE TABLE one (id bigint);"), said.get(0));
        assertEquals(List.of("1|1|SQL|t", "2|2|SQL|t", "4|2|DELETE|t"), query(db, rows));

        assertEquals(List.of(MigrationState.APPLIED, MigrationState.DELETED, MigrationState.PENDING),
                Info.info(db, dir, null).stream().map(MigrationInfo::state).toList());
        new Migrator().migrate(MigrateOptions.of(db, dir), MigrationListener.NONE);
        assertEquals(List.of("t"), query(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_three'::regclass"));

        RepairResult again = new Repairer().repair(RepairOptions.withChecksums(db, dir, null, null, null),
                MigrationListener.NONE);
        assertEquals(true, again.nothingRepaired());
    }
}
