package dev.pgcraft.migrate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The lock that serialises concurrent migrates of one database: a session-level advisory lock, held on a
 * connection that does nothing else. Session-level (not transaction-level) so it spans the many
 * transactions of one run; on its own connection so that no transaction is ever open on it. If the process
 * dies, the server drops the connection and with it the lock: nothing stays stuck, unlike a lock row in a
 * table.
 */
final class AdvisoryLock implements AutoCloseable {

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Takes the lock on {@code connection} (autocommit on), waiting as long as it takes; when someone else
     * holds it, {@code waiting} is told once, with the holder's backend pid so a DBA can find it.
     */
    static AdvisoryLock acquire(Connection connection, long key, MigrationListener waiting, String table)
            throws SQLException {
        if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
            Integer holder = holderPid(connection, key);
            waiting.info("Waiting for another migrate" + (holder == null ? "" : " (pid " + holder + ")")
                    + " to release its lock on " + table);
            call(connection, "SELECT pg_advisory_lock(?) IS NULL", key);
        }
        return new AdvisoryLock(connection, key);
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
