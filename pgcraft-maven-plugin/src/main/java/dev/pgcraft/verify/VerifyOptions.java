package dev.pgcraft.verify;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code verify} works on.
 *
 * @param config                the model file
 * @param configDisplayName     how messages name it (relative to the project)
 * @param migrations            the folder of migrations
 * @param migrationsDisplayName how messages name that folder
 * @param historyTable          the schema history table ({@code schema.table}), left out of the comparison;
 *                              {@code null} for the default
 */
public record VerifyOptions(Path config, String configDisplayName, Path migrations, String migrationsDisplayName,
                            String historyTable) {

    public VerifyOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrationsDisplayName, "migrationsDisplayName");
    }
}
