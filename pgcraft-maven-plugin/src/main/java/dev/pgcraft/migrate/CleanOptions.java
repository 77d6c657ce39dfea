package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Cleaner#clean} should do, and whether it may.
 *
 * @param config             the model file, which says what the model owns
 * @param configDisplayName  how messages name it
 * @param connection         the database to clean
 * @param historyTable       {@code schema.table}; {@code null} means {@value HistoryTable#DEFAULT_NAME}
 * @param disabled           {@code pgcraft.cleanDisabled}: clean refuses while true (the default)
 * @param embedded           whether the database is on an embedded server this build started
 * @param allowNonEmbedded   {@code pgcraft.cleanNonEmbedded}: clean may drop on any other server too
 * @param lockWaitTimeout    how long to wait for another run's lock; {@code null} means the default
 */
public record CleanOptions(Path config, String configDisplayName, ConnectionSettings connection, String historyTable,
                           boolean disabled, boolean embedded, boolean allowNonEmbedded, Duration lockWaitTimeout) {

    public CleanOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(connection, "connection");
        lockWaitTimeout = LockWaitTimeout.orDefault(lockWaitTimeout);
    }
}
