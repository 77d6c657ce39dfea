package dev.pgcraft.migrate;

import java.time.LocalDateTime;

/**
 * One row of the schema history table.
 *
 * @param installedRank   order of application, 1-based
 * @param version         the version, or {@code null} for rows without one (Flyway baselines/repeatables)
 * @param description     as in the file name
 * @param type            {@code SQL} for a migration, {@code UNDO_SQL} for an undo (Flyway's names); Flyway also
 *                        writes {@code BASELINE} and others
 * @param script          the file name
 * @param checksum        {@code sha256:<hex>}, or whatever another tool wrote
 * @param installedBy     the database role that applied it
 * @param installedOn     when (server time)
 * @param executionMillis how long its statements took
 * @param success         false for a file whose non-transactional part has not finished (see {@link Migrator}),
 *                        or for a failed attempt recorded by another tool
 */
public record HistoryRow(int installedRank, MigrationVersion version, String description, String type,
                         String script,
                         String checksum, String installedBy, LocalDateTime installedOn, int executionMillis,
                         boolean success) {

    /** The {@code type} of a row that marks a version deleted. */
    static final String DELETED_TYPE = "DELETE";

    /** Whether this row marks a baseline (Flyway's, or a later pgcraft:baseline) rather than a file. */
    public boolean isBaseline() {
        return "BASELINE".equalsIgnoreCase(type);
    }

    /** Whether this row marks its version deleted: applied once, its file removed on purpose (Flyway's type). */
    public boolean isDeleted() {
        return DELETED_TYPE.equalsIgnoreCase(type);
    }

    /** Whether this row records an undo of its version (by an undo file) rather than applying it. */
    public boolean isUndo() {
        return ScriptKind.UNDO.historyType().equalsIgnoreCase(type);
    }
}
