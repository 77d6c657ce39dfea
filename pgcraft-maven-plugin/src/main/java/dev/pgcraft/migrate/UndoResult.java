package dev.pgcraft.migrate;

import java.util.List;

/**
 * What one undo run did.
 *
 * @param undone        the versions undone by this run, newest first, each with the undo file that ran
 * @param versionBefore the schema version before, or {@code null} when nothing was applied
 * @param versionAfter  the schema version after, or {@code null} when nothing is applied any more
 * @param totalMillis   wall time of the whole run, including waiting for the lock
 */
public record UndoResult(List<MigrateResult.Applied> undone, MigrationVersion versionBefore,
                         MigrationVersion versionAfter, long totalMillis) {

    public UndoResult {
        undone = List.copyOf(undone);
    }

    /** Whether this run undid nothing. */
    public boolean nothingUndone() {
        return undone.isEmpty();
    }
}
