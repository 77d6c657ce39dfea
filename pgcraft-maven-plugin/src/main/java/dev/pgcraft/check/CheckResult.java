package dev.pgcraft.check;

/**
 * A passed {@code check}.
 *
 * @param configDisplayName    the model file, as messages name it
 * @param unchangedMigrations  how many generated migrations were found as they were generated
 */
public record CheckResult(String configDisplayName, int unchangedMigrations) {

    /** The line to log: {@code src/main/pgcraft/pgcraft.xml matches the snapshot; 3 migrations unchanged}. */
    public String summary() {
        return configDisplayName + " matches the snapshot; " + unchangedMigrations
                + (unchangedMigrations == 1 ? " migration" : " migrations") + " unchanged";
    }
}
