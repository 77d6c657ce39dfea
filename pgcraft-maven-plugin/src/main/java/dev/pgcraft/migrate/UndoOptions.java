package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Undoer#undo} should do.
 *
 * @param connection      the database
 * @param migrationsDir   where the {@code V<n>__*.sql} and {@code U<n>__*.sql} files are
 * @param historyTable    {@code schema.table}; {@code null} means {@value HistoryTable#DEFAULT_NAME}
 * @param target          the version the database must be at afterwards (every applied version above it is undone,
 *                        newest first; {@code 0} undoes all); {@code null} undoes only the latest applied version
 * @param lockWaitTimeout how long to wait for another run's lock ({@link Duration#ZERO}: forever);
 *                        {@code null} means {@value LockWaitTimeout#DEFAULT}
 */
public record UndoOptions(ConnectionSettings connection, Path migrationsDir, String historyTable,
                          MigrationVersion target, Duration lockWaitTimeout) {

    public UndoOptions {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        historyTable = historyTable == null || historyTable.isBlank() ? HistoryTable.DEFAULT_NAME : historyTable;
        lockWaitTimeout = LockWaitTimeout.orDefault(lockWaitTimeout);
    }

    /** Waiting the default {@value LockWaitTimeout#DEFAULT} for another run's lock. */
    public UndoOptions(ConnectionSettings connection, Path migrationsDir, String historyTable,
                       MigrationVersion target) {
        this(connection, migrationsDir, historyTable, target, null);
    }

    /** Undo the latest applied version, default history table. */
    public static UndoOptions latest(ConnectionSettings connection, Path migrationsDir) {
        return new UndoOptions(connection, migrationsDir, null, null);
    }
}
