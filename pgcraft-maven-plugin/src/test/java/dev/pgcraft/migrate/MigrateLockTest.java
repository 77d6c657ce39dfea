package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
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
import java.time.Duration;
import java.util.ArrayList;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    /**
     * Issue 10, defect 3: a waiting migrate must not hold a snapshot, or the lock holder's {@code CREATE INDEX
     * CONCURRENTLY} (which waits for every older snapshot) waits for the waiters while they wait for its lock.
     * Bounded: a deadlock fails the test after a minute instead of hanging the build.
     */
    @Test
    void eightConcurrentMigratesOfAConcurrentIndexBuildAllSucceed() throws Exception {
        // The sleep keeps the first migrate inside its lock until the other seven are waiting for it.
        Files.writeString(dir.resolve("V1__items_with_index.sql"), """
                CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL);
                INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 20000) g;
                SELECT pg_sleep(1);
                -- pgcraft:non-transactional
                CREATE INDEX CONCURRENTLY IF NOT EXISTS items_name ON items (name);
                """);
        ConnectionSettings db = freshDatabase();
        int runs = 8;
        CyclicBarrier together = new CyclicBarrier(runs);
        List<String> messages = new CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void info(String message) {
                messages.add(message);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(runs);
        int applied = 0;
        try {
            List<Future<MigrateResult>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                futures.add(threads.submit(() -> {
                    together.await();
                    return new Migrator().migrate(MigrateOptions.of(db, dir), listener);
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (Future<MigrateResult> run : futures) {
                applied += run.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).applied().size();
            }
        } finally {
            threads.shutdownNow();
            // A hung run sits in a JDBC call that ignores interrupts: end its sessions so nothing outlives the test.
            query(db, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
        assertEquals(1, applied);
        assertEquals(List.of("1|1|t"),
                query(db, "SELECT installed_rank, version, success FROM public.pgcraft_schema_history"));
        assertEquals("t", queryOne(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'items_name'::regclass"));
        assertEquals(runs - 1, messages.stream().filter(m -> m.equals("Schema is up to date at version 1")).count(),
                messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Waiting for another migrate (pid ")),
                messages.toString());
    }

    @Test
    void aMigrateThatWaitsLongerThanLockWaitTimeoutFailsNamingTheHolderAndAppliesNothing() throws Exception {
        writeFiles();
        ConnectionSettings db = freshDatabase();
        try (Connection holder = db.open()) {
            int pid = lock(holder, HistoryTable.named(null).lockKey());
            long started = System.nanoTime();
            PgcraftException e = assertThrows(PgcraftException.class, () -> new Migrator().migrate(
                    new MigrateOptions(db, dir, null, null, Duration.ofMillis(1500), null), MigrationListener.NONE));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(List.of("PGC-MIGRATE-LOCK-TIMEOUT"), e.problems().stream().map(Problem::code).toList());
            assertEquals("Migrate gave up after 1500ms waiting for another migrate (pid " + pid
                    + ") to release its lock on public.pgcraft_schema_history", e.problems().get(0).message());
            assertEquals("Run migrate again once that run has finished. If it is stuck, end it with SELECT"
                    + " pg_terminate_backend(" + pid + "); to wait longer, raise pgcraft.lockWaitTimeout"
                    + " (0 = wait forever).", e.problems().get(0).fix());
            assertTrue(waitedMillis >= 1500, "gave up after " + waitedMillis + " ms");
            // still held by the holder: the failed run took nothing and left nothing
            assertEquals(String.valueOf(pid), queryOne(db, "SELECT pid FROM pg_locks WHERE locktype = 'advisory'"));
        }
        assertEquals("t|t", queryOne(db, "SELECT to_regclass('public.pgcraft_schema_history') IS NULL,"
                + " to_regclass('public.runs') IS NULL"));
    }

    @Test
    void undoHonoursTheLockWaitTimeoutToo() throws Exception {
        writeFiles();
        ConnectionSettings db = freshDatabase();
        try (Connection holder = db.open()) {
            int pid = lock(holder, HistoryTable.named(null).lockKey());
            PgcraftException e = assertThrows(PgcraftException.class, () -> new Undoer().undo(
                    new UndoOptions(db, dir, null, null, Duration.ofMillis(200)), MigrationListener.NONE));
            assertEquals("Undo gave up after 200ms waiting for another migrate (pid " + pid
                    + ") to release its lock on public.pgcraft_schema_history", e.problems().get(0).message());
        }
    }

    private static int lock(Connection connection, long key) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_advisory_lock(" + key + ") IS NULL, pg_backend_pid()")) {
            result.next();
            return result.getInt(2);
        }
    }
}
