package dev.pgcraft.migrate;

/**
 * Progress of a migrate or undo run, as it happens, so a caller (the Maven mojo) can log it in its own way; the
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

    /**
     * {@code file} was applied and committed (for a file with a non-transactional part: that part too); its
     * statements took {@code millis}.
     */
    default void applied(MigrationFile file, long millis) {
    }

    /**
     * About to run {@code statement} of {@code file}'s non-transactional part, on its own in autocommit mode (such
     * as {@code CREATE INDEX CONCURRENTLY}, which can run for minutes).
     */
    default void statementStarting(MigrationFile file, SqlStatement statement) {
    }

    /** {@code statement} of {@code file}'s non-transactional part finished after {@code millis}. */
    default void statementDone(MigrationFile file, SqlStatement statement, long millis) {
    }

    /** About to undo {@code undoFile}'s version by running it. */
    default void undoing(MigrationFile undoFile) {
    }

    /** {@code undoFile} ran and was committed: its version is undone; its statements took {@code millis}. */
    default void undone(MigrationFile undoFile, long millis) {
    }
}
