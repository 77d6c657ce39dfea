package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import dev.pgcraft.migrate.HistoryTable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What {@code generate} and {@code check} work on.
 *
 * @param config               the model file
 * @param configDisplayName    how messages and file headers name it (relative to the project)
 * @param migrations           the folder of migrations and the snapshot
 * @param message              describes the change in the file name ({@code V3__add_prices.sql}), or null to
 *                             derive one
 * @param allowDestructive     whether changes that can lose data may be generated
 * @param lockTimeout          the {@code lock_timeout} generated files set ({@code 5s}, {@code 500ms}, {@code 1min}),
 *                             or null for none
 * @param historyTable         migrate's history table ({@code schema.table}), which the model must not generate;
 *                             null means {@value HistoryTable#DEFAULT_NAME}
 */
public record GenerateOptions(Path config, String configDisplayName, Path migrations, String message,
                              boolean allowDestructive, String lockTimeout, String historyTable) {

    /** What generated files set unless configured: long enough for DDL, short enough not to stall traffic. */
    public static final String DEFAULT_LOCK_TIMEOUT = "5s";

    private static final Pattern DURATION = Pattern.compile("[1-9]\\d{0,8}(ms|s|min|h)?");

    public GenerateOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(migrations, "migrations");
        if (lockTimeout != null && !DURATION.matcher(lockTimeout).matches()) {
            throw new PgcraftException(Problem.of("PGC-GENERATE-LOCK-TIMEOUT",
                    "pgcraft.lockTimeout is '" + lockTimeout + "'; expected a positive duration such as 5s, 500ms, "
                            + "2min (no unit: milliseconds)",
                    "Set pgcraft.lockTimeout to a duration, or to 0 to generate files without a lock timeout."));
        }
    }

    /** With the default history table. */
    public GenerateOptions(Path config, String configDisplayName, Path migrations, String message,
                           boolean allowDestructive, String lockTimeout) {
        this(config, configDisplayName, migrations, message, allowDestructive, lockTimeout, null);
    }

    /** With the default lock timeout and history table. */
    public GenerateOptions(Path config, String configDisplayName, Path migrations, String message,
                           boolean allowDestructive) {
        this(config, configDisplayName, migrations, message, allowDestructive, DEFAULT_LOCK_TIMEOUT);
    }
}
