package dev.pgcraft.migrate;

import java.time.LocalDateTime;

/**
 * One line of {@code pgcraft:info}: a migration file, a history row, or both.
 *
 * @param version         the version
 * @param description     from the file, or from history when the file is gone
 * @param script          the file name
 * @param state           where it stands
 * @param installedOn     when it was applied, or {@code null}
 * @param executionMillis how long it took, or {@code null} when not applied
 * @param appliedChecksum the checksum history holds, or {@code null}
 * @param localChecksum   the file's checksum, or {@code null} when there is no file
 */
public record MigrationInfo(MigrationVersion version, String description, String script, MigrationState state,
                            LocalDateTime installedOn, Integer executionMillis, String appliedChecksum,
                            String localChecksum) {
}
