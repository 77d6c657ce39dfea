package dev.pgcraft.migrate;

import java.time.LocalDateTime;

/**
 * One line of {@code pgcraft:info}: a migration file, a history row, or both.
 *
 * @param version         the version
 * @param description     from the file, or from history when the file is gone
 * @param script          the file name (of the migration; history's script when the file is gone)
 * @param state           where it stands
 * @param installedOn     when its latest history row was written (applied, or undone), or {@code null}
 * @param executionMillis how long that took, or {@code null} when there is no row
 * @param appliedChecksum the checksum its latest history row holds, or {@code null}
 * @param localChecksum   the file's checksum, or {@code null} when there is no file
 * @param undoScript      the name of its undo file ({@code U<version>__...}), or {@code null} when it has none
 */
public record MigrationInfo(MigrationVersion version, String description, String script, MigrationState state,
                            LocalDateTime installedOn, Integer executionMillis, String appliedChecksum,
                            String localChecksum, String undoScript) {
}
