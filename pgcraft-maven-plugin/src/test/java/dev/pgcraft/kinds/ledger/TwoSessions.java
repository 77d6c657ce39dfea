package dev.pgcraft.kinds.ledger;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two real connections for concurrency tests: the first runs in the test's thread and keeps its transaction open;
 * the second runs on a thread of its own, so the test can see it wait for a lock, then commit the first.
 */
final class TwoSessions implements AutoCloseable {

    private final ConnectionSettings db;
    private final Connection first;
    private final Connection second;
    private final int secondPid;
    private final ExecutorService secondThread = Executors.newSingleThreadExecutor();

    TwoSessions(ConnectionSettings db) throws SQLException {
        this.db = db;
        this.first = db.open();
        this.second = db.open();
        first.setAutoCommit(false);
        second.setAutoCommit(false);
        this.secondPid = firstInt(second, "SELECT pg_backend_pid()");
    }

    /** Runs {@code sql} in the first session's open transaction; returns the first column of its first row. */
    int first(String sql) throws SQLException {
        return firstInt(first, sql);
    }

    /** Starts {@code sql} and a commit in the second session; the future gives the first column of its first row. */
    Future<Integer> second(String sql) {
        return secondThread.submit(() -> {
            int result = firstInt(second, sql);
            second.commit();
            return result;
        });
    }

    /** Polls (at most 30 s, as a guard, not a timing) until the second session waits on a lock; returns its kind. */
    String waitUntilSecondBlocked() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String event = TestPostgres.queryOne(db, "SELECT coalesce(wait_event_type || ':' || wait_event, '')"
                    + " FROM pg_stat_activity WHERE pid = " + secondPid);
            if (event.startsWith("Lock:")) {
                return event.substring("Lock:".length());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("session " + secondPid + " never waited for a lock");
    }

    void commitFirst() throws SQLException {
        first.commit();
    }

    @Override
    public void close() throws SQLException {
        secondThread.shutdownNow();
        try (first; second) {
            second.rollback();
        }
    }

    private static int firstInt(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
