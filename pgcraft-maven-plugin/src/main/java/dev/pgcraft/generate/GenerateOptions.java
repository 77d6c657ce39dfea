package dev.pgcraft.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code generate} and {@code check} work on.
 *
 * @param config               the model file
 * @param configDisplayName    how messages and file headers name it (relative to the project)
 * @param migrations           the folder of migrations and the snapshot
 * @param message              describes the change in the file name ({@code V3__add_prices.sql}), or null to
 *                             derive one
 * @param allowDestructive     whether changes that can lose data may be generated
 */
public record GenerateOptions(Path config, String configDisplayName, Path migrations, String message,
                              boolean allowDestructive) {

    public GenerateOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(migrations, "migrations");
    }
}
