package dev.pgcraft.model.problem;

import java.util.Objects;

/**
 * A position in a user's file. Lines and columns are 1-based, as editors show them; {@code 0} means unknown.
 *
 * @param file   the file as the user would name it (relative to the project when possible)
 * @param line   1-based line, or 0
 * @param column 1-based column, or 0
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** A whole-file location, for problems that have no better place. */
    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** {@code file:line:column}, omitting what is unknown — the form IDEs and terminals turn into links. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
