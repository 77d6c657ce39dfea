package dev.pgcraft.migrate;

/**
 * What a successful {@link Validator#validate} found.
 *
 * @param inEffect how many history entries need no action (applied, undone and the like)
 * @param pending  how many migrations the next migrate would apply or resume
 * @param version  the schema version in effect, or {@code null} when nothing is applied
 */
public record ValidateResult(int inEffect, int pending, MigrationVersion version) {

    /** One line for the log. */
    public String summary() {
        return "Validated " + (inEffect + pending) + (inEffect + pending == 1 ? " migration" : " migrations")
                + ": schema at " + (version == null ? "no version" : "version " + version) + ", " + pending
                + " pending; no problems found.";
    }
}
