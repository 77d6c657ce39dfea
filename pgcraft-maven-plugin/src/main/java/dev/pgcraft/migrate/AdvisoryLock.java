package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The lock that serialises concurrent migrates of one database: a session-level advisory lock, held on a
 * connection that does nothing else. Session-level (not transaction-level) so it spans the many
 * transactions of one run; on its own connection so that no transaction is ever open on it. If the process
 * dies, the server drops the connection and with it the lock: nothing stays stuck, unlike a lock row in a
 * table.
 *
 * <p>A run that finds the lock taken polls {@code pg_try_advisory_lock} instead of blocking in
 * {@code pg_advisory_lock}: a blocked statement is a transaction holding a snapshot for as long as it waits, and
 * a {@code CREATE INDEX CONCURRENTLY} in the holder's non-transactional part waits for every such snapshot to go
 * away, while the waiters wait for the holder's lock: a deadlock PostgreSQL cannot see (issue 10). Between polls
 * the waiter has no transaction at all (autocommit), so an index build only ever waits for one short poll.
 */
final class AdvisoryLock implements AutoCloseable {

    // First pause 10 ms (a lock released at once is taken at once), doubling up to 1 s (a long wait costs
    // the server one tiny query a second). Each pause is randomly between half and all of that: waiters that
    // started together would otherwise poll in step, and a queue of n of them would take n whole seconds.
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long MAX_PAUSE_MILLIS = 1000;

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Takes the lock of {@code history} on {@code connection} (autocommit on), waiting at most {@code timeout}
     * ({@link Duration#ZERO}: as long as it takes); when someone else holds it, {@code waiting} is told once,
     * with the holder's backend pid so a DBA can find it.
     *
     * @throws PgcraftException {@code PGC-MIGRATE-LOCK-TIMEOUT} when the lock is still taken after the timeout
     */
    static AdvisoryLock acquire(Connection connection, String goal, HistoryTable history, Duration timeout,
                                MigrationListener waiting) throws SQLException {
        long key = history.lockKey();
        if (tryLock(connection, key)) {
            return new AdvisoryLock(connection, key);
        }
        waiting.info("Waiting for another migrate" + pidText(holderPid(connection, key)) + " to release its lock on "
                + history.displayName());
        long deadline = deadline(timeout);
        for (long pause = FIRST_PAUSE_MILLIS; ; pause = Math.min(2 * pause, MAX_PAUSE_MILLIS)) {
            long left = deadline == Long.MAX_VALUE ? pause : (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw timedOut(goal, history, timeout, holderPid(connection, key));
            }
            sleep(Math.min(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1), left), goal, history);
            if (tryLock(connection, key)) {
                return new AdvisoryLock(connection, key);
            }
        }
    }

    // System.nanoTime() of the deadline; Long.MAX_VALUE for none (ZERO, or a timeout too long to add).
    private static long deadline(Duration timeout) {
        try {
            return timeout.isZero() ? Long.MAX_VALUE : Math.addExact(System.nanoTime(), timeout.toNanos());
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static PgcraftException timedOut(String goal, HistoryTable history, Duration timeout, Integer holder) {
        return new PgcraftException(Problem.of("PGC-MIGRATE-LOCK-TIMEOUT",
                LockedRun.title(goal) + " gave up after "
                        + LockWaitTimeout.display(timeout) + " waiting for another migrate" + pidText(holder)
                        + " to release its lock on " + history.displayName(),
                "Run " + goal + " again once that run has finished. If it is stuck, end it"
                        + (holder == null ? "" : " with SELECT pg_terminate_backend(" + holder + ")")
                        + "; to wait longer, raise pgcraft.lockWaitTimeout (0 = wait forever)."));
    }

    private static void sleep(long millis, String goal, HistoryTable history) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgcraftException(Problem.of("PGC-MIGRATE-LOCK-INTERRUPTED", LockedRun.title(goal) + " was interrupted"
                    + " while waiting for the lock on " + history.displayName() + "; nothing was applied", null), e);
        }
    }

    private static String pidText(Integer holder) {
        return holder == null ? "" : " (pid " + holder + ")";
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        return call(connection, "SELECT pg_try_advisory_lock(?)", key);
    }

    // A bigint key shows in pg_locks as classid = high 32 bits, objid = low 32 bits, objsubid = 1.
    private static Integer holderPid(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pid FROM pg_locks"
                + " WHERE locktype = 'advisory' AND granted AND objsubid = 1"
                + " AND classid::text::bigint = ? AND objid::text::bigint = ?"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1")) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xffffffffL);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : null;
            }
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Releases the lock; if the connection is already gone, so is the lock, and that is fine. */
    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            call(connection, "SELECT pg_advisory_unlock(?)", key);
        }
    }
}
