package dev.pgcraft.report;

/**
 * One migration row of the report.
 *
 * @param state       where it stands in the database, or {@code not checked} when no database was configured
 * @param installedOn when it was applied, or empty
 * @param undo        its undo file, or empty
 */
public record ReportMigration(String version, String description, String script, String state, String installedOn,
                              String undo) {
}
