package dev.pgcraft.generate;

import dev.pgcraft.diff.Change;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code generate} did.
 *
 * @param migration the written migration, or null when the model had not changed
 * @param snapshot  the written snapshot, or null
 * @param changes   the changes, in the order they were written
 * @param undo      the written undo file ({@code U<n>__…sql}), or null
 */
public record GenerateResult(Path migration, Path snapshot, List<Change> changes, Path undo) {

    public GenerateResult {
        changes = List.copyOf(changes);
    }

    public static GenerateResult upToDate() {
        return new GenerateResult(null, null, List.of(), null);
    }

    public boolean wroteSomething() {
        return migration != null;
    }

    /** What the migration does, one aligned line per verb or altered table (see {@link ChangeSummary}). */
    public List<String> summary() {
        return ChangeSummary.of(changes);
    }
}
