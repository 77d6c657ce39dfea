package dev.pgcraft.migrate;

/**
 * One statement of a script, without its terminating semicolon and without the comments before it.
 *
 * @param sql              the statement text as it appears in the file
 * @param line             1-based line of its first character in the file
 * @param column           1-based column (in characters) of its first character
 * @param nonTransactional whether it comes after the file's {@value SqlScript#NON_TRANSACTIONAL_MARKER} line,
 *                         so migrate runs it on its own in autocommit mode
 */
public record SqlStatement(String sql, int line, int column, boolean nonTransactional) {

    /** A statement of the transactional part (the whole file, when it has no marker). */
    public SqlStatement(String sql, int line, int column) {
        this(sql, line, column, false);
    }

    /** The statement on one line, cut after 100 characters: what a log shows of it. */
    public String brief() {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }

    /** A place in the file. */
    public record Position(int line, int column) {
    }

    /**
     * Turns the {@code position} PostgreSQL reports for an error (1-based, counted in characters of the
     * statement it was sent) into a line and column of the file, so an editor can jump straight there.
     */
    public Position positionOf(int serverPosition) {
        int codePoints = sql.codePointCount(0, sql.length());
        int target = Math.max(0, Math.min(serverPosition - 1, codePoints));
        int index = sql.offsetByCodePoints(0, target);
        int lastNewline = sql.lastIndexOf('\n', index - 1);
        if (lastNewline < 0) {
            return new Position(line, column + sql.codePointCount(0, index));
        }
        int newlines = (int) sql.substring(0, index).chars().filter(c -> c == '\n').count();
        return new Position(line + newlines, sql.codePointCount(lastNewline + 1, index) + 1);
    }
}
