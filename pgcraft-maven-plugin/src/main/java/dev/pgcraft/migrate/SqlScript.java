package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.sql.SqlLexer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a SQL script into statements at the semicolons PostgreSQL would see ({@link SqlLexer} knows its
 * quoting), so each can be run (and blamed) on its own. Semicolons do not split inside {@code '...'} strings ({@code ''} inside),
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
        for (SqlLexer.Token token : SqlLexer.tokens(text)) {
            if (token.kind() == SqlLexer.Kind.LINE_COMMENT) {
                if (isMarker(token.start(), token.end())) {
                    marker(token.start(), start);
                }
                continue;
            }
            if (token.kind() == SqlLexer.Kind.BLOCK_COMMENT) {
                continue;
            }
            if (token.isSymbol(text, ';') && atomicDepth == 0 && parenDepth == 0) {
                if (start >= 0) {
                    statements.add(statement(start, token.start()));
                }
                start = -1;
                previousWord = "";
                continue;
            }
            if (start < 0) {
                start = token.start();
            }
            if (token.isSymbol(text, '(') || token.isSymbol(text, ')')) {
                parenDepth = Math.max(0, parenDepth + (token.isSymbol(text, '(') ? 1 : -1));
            } else if (token.kind() == SqlLexer.Kind.WORD) {
                String word = token.text(text).toLowerCase(Locale.ROOT);
                // BEGIN ATOMIC bodies hold semicolons; CASE ... END nests inside them.
                if (word.equals("atomic") && previousWord.equals("begin")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("case")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && word.equals("end")) {
                    atomicDepth--;
                }
                previousWord = word;
            }
        }
        if (start >= 0) {
            statements.add(statement(start, text.length()));
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
