package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The frame of every run that writes history (migrate, undo): the session advisory lock on a dedicated
 * connection, a second connection for the work, and one translation of database errors into a message that
 * names the server (without its password) and the history table.
 */
final class LockedRun {

    /** The work done while holding the lock, on the work connection (autocommit on). */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private LockedRun() {
    }

    static <T> T run(String goal, ConnectionSettings settings, HistoryTable history, Duration lockWaitTimeout,
                     MigrationListener listener, Work<T> work) {
        try (Connection lockConnection = settings.open();
             AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, goal, history, lockWaitTimeout, listener);
             Connection connection = settings.open()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-DATABASE",
                    title(goal) + " failed talking to " + settings.safeUrl() + ": " + ServerError.of(e).describe(),
                    "Check the connection and the permissions of the role on " + history.displayName()), e);
        }
    }

    /**
     * Runs {@code work} in one transaction on {@code connection} (in autocommit mode before and after): committed when
     * it returns, rolled back when it throws. Repair and baseline change several history rows: all or none.
     */
    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The goal at the start of a sentence: {@code Migrate}, {@code Undo}, {@code Repair}. */
    static String title(String goal) {
        return Character.toUpperCase(goal.charAt(0)) + goal.substring(1);
    }
}
