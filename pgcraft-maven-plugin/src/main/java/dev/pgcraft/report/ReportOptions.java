package dev.pgcraft.report;

import dev.pgcraft.db.ConnectionSettings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code pgcraft:report} works on.
 *
 * @param config            the model file
 * @param configDisplayName how the page names it (relative to the project)
 * @param migrations        the migrations folder
 * @param database          the database whose history gives each migration's state, or null to list the files
 *                          only
 * @param historyTable      the history table, {@code schema.table}, or null for the default
 * @param outputDirectory   where {@code index.html} and the script beside it go
 */
public record ReportOptions(Path config, String configDisplayName, Path migrations, ConnectionSettings database,
                            String historyTable, Path outputDirectory) {

    public ReportOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(configDisplayName, "configDisplayName");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }
}
