package dev.pgcraft.migrate;

import java.util.List;

/**
 * What {@link MigrationScanner#scanAll} found in a migrations directory.
 *
 * @param versioned the migrations, {@code V<n>__*.sql}, sorted by version
 * @param undo      the undo files, {@code U<n>__*.sql}, sorted by version; each has a migration of its version
 */
public record MigrationFiles(List<MigrationFile> versioned, List<MigrationFile> undo) {

    public MigrationFiles {
        versioned = List.copyOf(versioned);
        undo = List.copyOf(undo);
    }

    /** The undo file of {@code version}, or {@code null} when there is none. */
    public MigrationFile undoFor(MigrationVersion version) {
        return undo.stream().filter(file -> file.version().equals(version)).findFirst().orElse(null);
    }
}
