package dev.pgcraft.targets;

import dev.pgcraft.migrate.MigrationVersion;

/**
 * What a goal did on one target that it finished without a problem.
 *
 * @param before the schema version before, or {@code null} for none
 * @param after  the schema version after (the same for goals that change nothing), or {@code null} for none
 * @param result a few words for the summary, e.g. {@code applied 2} or {@code no drift}
 */
public record TargetOutcome(MigrationVersion before, MigrationVersion after, String result) {

    /** The outcome of a goal that reads only: the version stays what it was. */
    public static TargetOutcome unchanged(MigrationVersion version, String result) {
        return new TargetOutcome(version, version, result);
    }
}
