package dev.pgcraft.migrate;

/**
 * Progress of a migrate run, as it happens, so a caller (the Maven mojo) can log it in its own way; the
 * engine itself never prints.
 */
public interface MigrationListener {

    /** Does nothing. */
    MigrationListener NONE = new MigrationListener() {
    };

    /** A line worth showing, e.g. "Schema is up to date at version 3" or "waiting for another migrate". */
    default void info(String message) {
    }

    /** About to apply {@code file}. */
    default void applying(MigrationFile file) {
    }

    /** {@code file} was applied and committed; its statements took {@code millis}. */
    default void applied(MigrationFile file, long millis) {
    }
}
