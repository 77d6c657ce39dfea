package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Concurrent migrates of one database, on a real PostgreSQL 18. */
@DbTest
class MigrateLockTest {

    @TempDir
    Path dir;

    private void writeFiles() throws IOException {
        Files.writeString(dir.resolve("V1__counter.sql"), "CREATE TABLE runs (file text);\nINSERT INTO runs VALUES ('V1');");
        // The sleep keeps the first migrate inside the lock while the second arrives.
        Files.writeString(dir.resolve("V2__slow.sql"), "SELECT pg_sleep(0.5);\nINSERT INTO runs VALUES ('V2');");
        Files.writeString(dir.resolve("V3__table.sql"), "CREATE TABLE c (id int);\nINSERT INTO runs VALUES ('V3');");
    }

    @Test
    void concurrentMigratesSerialiseAndApplyEachFileOnce() throws Exception {
        writeFiles();
        ConnectionSettings db = freshDatabase();
        CyclicBarrier together = new CyclicBarrier(2);
        List<String> messages = new CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void info(String message) {
                messages.add(message);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<MigrateResult>> runs = List.of(
                    threads.submit(() -> {
                        together.await();
                        return new Migrator().migrate(MigrateOptions.of(db, dir), listener);
                    }),
                    threads.submit(() -> {
                        together.await();
                        return new Migrator().migrate(MigrateOptions.of(db, dir), listener);
                    }));
            int applied = 0;
            for (Future<MigrateResult> run : runs) {
                applied += run.get(60, TimeUnit.SECONDS).applied().size();
            }
            assertEquals(3, applied);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of("1|1", "2|2", "3|3"),
                query(db, "SELECT installed_rank, version FROM public.pgcraft_schema_history ORDER BY 1"));
        assertEquals(List.of("V1", "V2", "V3"), query(db, "SELECT file FROM runs ORDER BY file"));
        assertTrue(messages.contains("Schema is up to date at version 3"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Waiting for another migrate (pid ")), messages.toString());
    }

    @Test
    void lockOfAKilledSessionDoesNotBlockTheNextMigrate() throws Exception {
        writeFiles();
        ConnectionSettings db = freshDatabase();
        long key = HistoryTable.named(null).lockKey();
        List<String> messages = new CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void info(String message) {
                messages.add(message);
            }
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        // A "crashed" migrate: holds the lock, then its backend is terminated as when a process is killed.
        try (Connection holder = db.open()) {
            int pid = lock(holder, key);
            Future<MigrateResult> run = thread.submit(() -> new Migrator().migrate(MigrateOptions.of(db, dir), listener));
            String waiting = "Waiting for another migrate (pid " + pid + ") to release its lock on "
                    + "public.pgcraft_schema_history";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!messages.contains(waiting) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(waiting), messages);
            assertFalse(run.isDone());

            assertEquals("t", queryOne(db, "SELECT pg_terminate_backend(" + pid + ")"));

            assertEquals(3, run.get(30, TimeUnit.SECONDS).applied().size());
        } finally {
            thread.shutdownNow();
        }
        assertEquals("3", queryOne(db, "SELECT count(*) FROM public.pgcraft_schema_history"));
        // and the run released its own lock: nobody holds it any more
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"));
    }

    private static int lock(Connection connection, long key) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_advisory_lock(" + key + ") IS NULL, pg_backend_pid()")) {
            result.next();
            return result.getInt(2);
        }
    }
}
