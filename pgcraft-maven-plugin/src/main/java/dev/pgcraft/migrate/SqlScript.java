package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements at the semicolons PostgreSQL would see, so each can be run (and
 * blamed) on its own. Semicolons do not split inside {@code '...'} strings ({@code ''} inside),
 * {@code E'...'} strings (backslash escapes), {@code "quoted identifiers"}, dollar-quoted bodies
 * ({@code $$...$$}, {@code $tag$...$tag$}), {@code --} comments, nested {@code /* *}{@code /} comments, or
 * SQL-standard function bodies ({@code BEGIN ATOMIC ... END}), or parentheses (multi-action rules
 * {@code CREATE RULE ... DO (a; b)}). Statements holding only comments are dropped.
 * psql meta-commands ({@code \connect}) and {@code COPY ... FROM stdin} data are not supported.
 *
 * <p>The splitter also finds the {@value #NON_TRANSACTIONAL_MARKER} line: a {@code --} comment on a line of
 * its own, between statements. The statements after it are flagged {@link SqlStatement#nonTransactional()}.
 * It is found here because only the splitter knows what is a comment and what is text inside a string,
 * quoted identifier or dollar-quoted body (where the same characters are not a marker).
 */
public final class SqlScript {

    /** The line that starts a file's non-transactional part, as generate writes it. */
    public static final String NON_TRANSACTIONAL_MARKER = "-- pgcraft:non-transactional";

    // Surrounding whitespace, and any between "--" and the word, is allowed; nothing else on the line.
    private static final Pattern MARKER = Pattern.compile("--\\s*pgcraft:non-transactional");

    private final String text;
    private final String file;
    private final int[] lineStarts;
    private final List<Problem> problems = new ArrayList<>();
    private int markerLine;

    private SqlScript(String text, String file) {
        this.text = text;
        this.file = file;
        this.lineStarts = lineStarts(text);
    }

    /**
     * The statements of {@code script}, in order; line endings are normalised first.
     *
     * @throws PgcraftException when the non-transactional marker is repeated or stands inside a statement
     */
    public static List<SqlStatement> split(String script) {
        return split(script, "SQL script");
    }

    /**
     * As {@link #split(String)}, naming {@code file} in the problems.
     *
     * @throws PgcraftException when the non-transactional marker is repeated or stands inside a statement
     */
    public static List<SqlStatement> split(String script, String file) {
        SqlScript parsed = new SqlScript(Checksum.normalise(script), file);
        List<SqlStatement> statements = parsed.statements();
        if (!parsed.problems.isEmpty()) {
            throw new PgcraftException(parsed.problems);
        }
        return statements;
    }

    private List<SqlStatement> statements() {
        List<SqlStatement> statements = new ArrayList<>();
        int start = -1;
        int atomicDepth = 0;
        // Multi-action rules, CREATE RULE ... DO (a; b), hold semicolons inside parentheses.
        int parenDepth = 0;
        String previousWord = "";
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                int end = skipLineComment(i);
                if (isMarker(i, end)) {
                    marker(i, start);
                }
                i = end;
                continue;
            }
            if (c == '/' && next == '*') {
                i = skipBlockComment(i);
                continue;
            }
            if (c == ';' && atomicDepth == 0 && parenDepth == 0) {
                if (start >= 0) {
                    statements.add(statement(start, i));
                }
                start = -1;
                previousWord = "";
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (c == '(' || c == ')') {
                parenDepth = Math.max(0, parenDepth + (c == '(' ? 1 : -1));
                i++;
            } else if (c == '\'') {
                i = skipQuoted(i, '\'', isEscapeStringPrefix(i));
            } else if (c == '"') {
                i = skipQuoted(i, '"', false);
            } else if (c == '$' && !(i > 0 && isIdentifierPart(text.charAt(i - 1)))) {
                i = skipDollarQuoted(i);
            } else if (isIdentifierPart(c)) {
                int end = i;
                while (end < n && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                // BEGIN ATOMIC bodies hold semicolons; CASE ... END nests inside them.
                if (word.equals("atomic") && previousWord.equals("begin")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("case")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("end")) {
                    atomicDepth--;
                }
                previousWord = word;
                i = end;
            } else {
                i++;
            }
        }
        if (start >= 0) {
            statements.add(statement(start, n));
        }
        return statements;
    }

    private SqlStatement statement(int start, int end) {
        String sql = text.substring(start, end).stripTrailing();
        int line = lineOf(start);
        int column = text.codePointCount(lineStarts[line - 1], start) + 1;
        return new SqlStatement(sql, line, column, markerLine > 0 && markerLine < line);
    }

    /** A line comment that is the marker, alone on its line. */
    private boolean isMarker(int commentStart, int commentEnd) {
        int lineStart = text.lastIndexOf('\n', commentStart - 1) + 1;
        return text.substring(lineStart, commentStart).isBlank()
                && MARKER.matcher(text.substring(commentStart, commentEnd).strip()).matches();
    }

    private void marker(int index, int statementStart) {
        int line = lineOf(index);
        if (statementStart >= 0) {
            problems.add(Problem.at(new SourceLocation(file, line, 0), "PGC-MIGRATE-NON-TRANSACTIONAL-MARKER",
                    "The " + NON_TRANSACTIONAL_MARKER + " marker at line " + line + " is inside the statement that"
                            + " starts at line " + lineOf(statementStart) + "; it must stand between statements",
                    "Move the marker after the semicolon that ends the statement"));
        } else if (markerLine > 0) {
            problems.add(Problem.at(new SourceLocation(file, line, 0), "PGC-MIGRATE-NON-TRANSACTIONAL-MARKER",
                    "A second " + NON_TRANSACTIONAL_MARKER + " marker at line " + line + " (the first is at line "
                            + markerLine + "); a file has at most one non-transactional part",
                    "Keep the first marker and put every statement that must run outside a transaction after it"));
        } else {
            markerLine = line;
        }
    }

    private int skipLineComment(int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }

    private int skipBlockComment(int i) {
        int depth = 0;
        int n = text.length();
        while (i < n) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n; // unterminated: the server will say so
    }

    /** An {@code E} or {@code e} right before the quote, not itself the end of a longer word. */
    private boolean isEscapeStringPrefix(int quote) {
        if (quote == 0) {
            return false;
        }
        char prefix = text.charAt(quote - 1);
        return (prefix == 'E' || prefix == 'e') && (quote < 2 || !isIdentifierPart(text.charAt(quote - 2)));
    }

    /** A '…' string or "…" identifier, with the quote doubled inside; E'…' strings also escape by backslash. */
    private int skipQuoted(int i, char quote, boolean backslashEscapes) {
        int n = text.length();
        i++;
        while (i < n) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** {@code $tag$ ... $tag$}; a {@code $} that does not open a tag (like {@code $1}) is just skipped. */
    private int skipDollarQuoted(int i) {
        int n = text.length();
        int end = i + 1;
        if (end < n && Character.isDigit(text.charAt(end))) {
            return end;
        }
        while (end < n && text.charAt(end) != '$' && isIdentifierPart(text.charAt(end))) {
            end++;
        }
        if (end >= n || text.charAt(end) != '$') {
            return i + 1;
        }
        String tag = text.substring(i, end + 1);
        int close = text.indexOf(tag, end + 1);
        return close < 0 ? n : close + tag.length();
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private int lineOf(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
