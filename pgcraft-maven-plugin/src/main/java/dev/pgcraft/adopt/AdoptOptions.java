package dev.pgcraft.adopt;

import dev.pgcraft.migrate.BaselineOptions;
import dev.pgcraft.migrate.MigrationVersion;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link Adopter} works on.
 *
 * @param config            the model file
 * @param configDisplayName how messages and generated headers name it
 * @param migrations        the folder of migrations, where the snapshot goes
 * @param historyTable      pgcraft's history table ({@code schema.table}), left out of the comparison
 * @param flywayTable       Flyway's history table, left out of the comparison; {@code null} means
 *                          {@value BaselineOptions#DEFAULT_FLYWAY_TABLE}
 * @param version           the baseline version; needed when there is no migration yet (it names the baseline file)
 */
public record AdoptOptions(Path config, String configDisplayName, Path migrations, String historyTable,
                           String flywayTable, MigrationVersion version) {

    public AdoptOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(migrations, "migrations");
        flywayTable = flywayTable == null || flywayTable.isBlank() ? BaselineOptions.DEFAULT_FLYWAY_TABLE : flywayTable;
    }
}
