package dev.pgcraft.drift;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code drift} compares.
 *
 * @param migrations            the folder of migrations (the files the history names)
 * @param migrationsDisplayName how messages name that folder
 * @param historyTable          the schema history table ({@code schema.table}), left out of the comparison;
 *                              {@code null} for the default
 * @param schemas               which schemas to compare
 */
public record DriftOptions(Path migrations, String migrationsDisplayName, String historyTable, SchemaScope schemas) {

    public DriftOptions {
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(migrationsDisplayName, "migrationsDisplayName");
        schemas = schemas == null ? SchemaScope.OWNED : schemas;
    }
}
