package dev.pgcraft.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code check} works on: the same model and migrations folder as {@code generate}.
 *
 * @param config                 the model file
 * @param configDisplayName      how messages name it (relative to the project)
 * @param migrations             the folder of migrations and the snapshot
 * @param migrationsDisplayName  how messages name that folder (relative to the project), also in the
 *                               {@code git} commands they suggest
 */
public record CheckOptions(Path config, String configDisplayName, Path migrations, String migrationsDisplayName) {

    public CheckOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrationsDisplayName, "migrationsDisplayName");
    }

    /** How messages name a file in the migrations folder. */
    String displayName(String fileName) {
        return migrationsDisplayName + "/" + fileName;
    }
}
