package dev.pgcraft.migrate;

import java.util.List;

/**
 * What one migrate run did.
 *
 * @param applied       the migrations applied by this run, in order
 * @param versionBefore the schema version before, or {@code null} when nothing had been applied
 * @param versionAfter  the schema version after, or {@code null} when still nothing is applied
 * @param totalMillis   wall time of the whole run, including waiting for the lock
 */
public record MigrateResult(List<Applied> applied, MigrationVersion versionBefore, MigrationVersion versionAfter,
                            long totalMillis) {

    public MigrateResult {
        applied = List.copyOf(applied);
    }

    /** One migration this run applied; {@code millis} is the time its statements took. */
    public record Applied(MigrationVersion version, String description, String script, long millis) {
    }

    /** Whether this run applied nothing. */
    public boolean upToDate() {
        return applied.isEmpty();
    }
}
