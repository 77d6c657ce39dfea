package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Migrator#migrate} should do.
 *
 * @param connection      the database to migrate
 * @param migrationsDir   where the {@code V<n>__*.sql} files are
 * @param historyTable    {@code schema.table}; {@code null} means {@value HistoryTable#DEFAULT_NAME}
 * @param target          apply up to and including this version; {@code null} means all pending
 * @param lockWaitTimeout how long to wait for another run's lock ({@link Duration#ZERO}: forever);
 *                        {@code null} means {@value LockWaitTimeout#DEFAULT}
 * @param dryRun          write the SQL that would run to this file and run nothing; {@code null} to migrate
 */
public record MigrateOptions(ConnectionSettings connection, Path migrationsDir, String historyTable,
                             MigrationVersion target, Duration lockWaitTimeout, Path dryRun) {

    public MigrateOptions {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(migrationsDir, "migrationsDir");
        historyTable = historyTable == null || historyTable.isBlank() ? HistoryTable.DEFAULT_NAME : historyTable;
        lockWaitTimeout = LockWaitTimeout.orDefault(lockWaitTimeout);
    }

    /** A real run, waiting the default {@value LockWaitTimeout#DEFAULT} for another run's lock. */
    public MigrateOptions(ConnectionSettings connection, Path migrationsDir, String historyTable,
                          MigrationVersion target) {
        this(connection, migrationsDir, historyTable, target, null, null);
    }

    /** All pending migrations into the default history table. */
    public static MigrateOptions of(ConnectionSettings connection, Path migrationsDir) {
        return new MigrateOptions(connection, migrationsDir, null, null);
    }
}
