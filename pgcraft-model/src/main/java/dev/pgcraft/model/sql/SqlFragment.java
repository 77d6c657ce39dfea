package dev.pgcraft.model.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether SQL text from {@code pgcraft.xml} (a check, a default, an index expression or predicate, a
 * ledger event's query) is exactly one expression or one query, before pgcraft puts it into a migration or a
 * function body. Text that could end the statement it is put in, or swallow what pgcraft writes after it, is
 * refused: a {@code ;}, a parenthesis closed that it did not open or left open, an unterminated string, quoted
 * identifier, dollar quote or comment, a {@code --} comment running to its end, or strings that end elsewhere
 * when {@code standard_conforming_strings} is off. Statements where an expression belongs are refused too, since
 * PostgreSQL would refuse them only when the migration runs.
 */
public final class SqlFragment {

    /** What a fragment must be. */
    public enum Shape {
        /** One value expression, as in a CHECK, DEFAULT or index: no subquery (PostgreSQL refuses them there). */
        EXPRESSION,
        /** One {@code SELECT}, {@code WITH … SELECT}, {@code VALUES} or {@code TABLE} query that writes nothing. */
        QUERY
    }

    /**
     * What is wrong with a fragment.
     *
     * @param message what was found, with its 1-based character position in the fragment
     * @param fix     what to do
     */
    public record Defect(String message, String fix) {
    }

    // Words that begin a statement and cannot begin an expression (when a word or a quote follows them).
    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete", "merge", "with",
            "values", "table", "create", "drop", "alter", "grant", "revoke", "truncate", "copy", "do", "call",
            "begin", "commit", "rollback", "vacuum", "explain", "refresh", "reindex", "cluster", "checkpoint",
            "notify", "listen", "savepoint", "abort", "discard", "import", "security", "reassign");
    // Words that continue an expression after a column, so "values IS NOT NULL" is no statement.
    private static final Set<String> OPERATOR_WORDS = Set.of("is", "isnull", "notnull", "in", "and", "or", "not",
            "like", "ilike", "similar", "between", "collate", "at", "overlaps");
    private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values", "table");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge");

    private SqlFragment() {
    }

    /** The first defect of {@code fragment} as a {@code shape}, or empty when it is one. */
    public static Optional<Defect> check(String fragment, Shape shape) {
        if (fragment == null || fragment.isBlank()) {
            return defect("is empty", "Write the " + (shape == Shape.QUERY ? "query" : "expression") + ".");
        }
        List<SqlLexer.Token> tokens = SqlLexer.tokens(fragment);
        Optional<Defect> lexical = lexical(fragment, tokens);
        if (lexical.isPresent()) {
            return lexical;
        }
        if (code(tokens).isEmpty()) {
            return defect("has no " + (shape == Shape.QUERY ? "query" : "expression") + ", only comments",
                    "Write the " + (shape == Shape.QUERY ? "query" : "expression") + ".");
        }
        if (!tokens.equals(SqlLexer.tokens(fragment, false))) {
            return defect("has a string literal with a backslash before a quote, which ends elsewhere when the "
                            + "server's standard_conforming_strings is off",
                    "Write that string as E'…' with each backslash doubled, or without the backslash.");
        }
        return shape == Shape.QUERY ? query(fragment, tokens) : expression(fragment, tokens);
    }

    private static Optional<Defect> lexical(String sql, List<SqlLexer.Token> tokens) {
        Deque<SqlLexer.Token> open = new ArrayDeque<>();
        for (SqlLexer.Token token : tokens) {
            if (!token.terminated()) {
                return defect("has " + describe(token.kind()) + " at character " + (token.start() + 1)
                                + " that is never closed",
                        "Close it; text after it would become part of it.");
            }
            if (token.kind() == SqlLexer.Kind.LINE_COMMENT && token.end() == sql.length()) {
                return defect("ends inside a -- comment (character " + (token.start() + 1) + "), which would "
                        + "swallow what follows it", "Remove the comment, or write it as /* … */.");
            }
            if (token.isSymbol(sql, ';')) {
                return defect("has a ';' at character " + (token.start() + 1) + ", which would end the "
                        + "statement it is put in", "Remove the ';' and anything after it: it must be one "
                        + "expression or query, not several statements.");
            }
            if (token.isSymbol(sql, '(') || token.isSymbol(sql, '[')) {
                open.push(token);
            } else if (token.isSymbol(sql, ')') || token.isSymbol(sql, ']')) {
                char closing = sql.charAt(token.start());
                if (open.isEmpty() || sql.charAt(open.peek().start()) != (closing == ')' ? '(' : '[')) {
                    return defect("has a '" + closing + "' at character " + (token.start() + 1)
                            + " that closes nothing it opened", "Remove it, or add the opening bracket it belongs to.");
                }
                open.pop();
            }
        }
        if (!open.isEmpty()) {
            return defect("has a '" + sql.charAt(open.peek().start()) + "' at character " + (open.peek().start() + 1)
                    + " that is never closed", "Close it.");
        }
        return Optional.empty();
    }

    private static Optional<Defect> expression(String sql, List<SqlLexer.Token> tokens) {
        List<SqlLexer.Token> code = code(tokens);
        String first = word(sql, code.get(0));
        if (STATEMENTS.contains(first) && code.size() > 1 && startsOperand(sql, code.get(1))) {
            return defect("is a statement (it starts with " + first.toUpperCase(Locale.ROOT) + "), not an expression",
                    "Write one expression, e.g. a constant, a function call or a comparison of columns.");
        }
        for (SqlLexer.Token token : code) {
            if (word(sql, token).equals("select")) {
                return defect("has a subquery (SELECT at character " + (token.start() + 1) + "); PostgreSQL allows "
                                + "none in a check, a default or an index",
                        "Use an expression over the row's own columns; a rule that reads other rows belongs in a "
                                + "trigger or a view.");
            }
        }
        return Optional.empty();
    }

    private static Optional<Defect> query(String sql, List<SqlLexer.Token> tokens) {
        List<SqlLexer.Token> code = code(tokens);
        SqlLexer.Token start = code.get(0);
        if (!QUERY_STARTS.contains(word(sql, start)) && !start.isSymbol(sql, '(')) {
            return defect("is not a query: it starts with '" + start.text(sql) + "'",
                    "Write one SELECT (or WITH … SELECT) query.");
        }
        String previous = "";
        for (SqlLexer.Token token : code) {
            String word = word(sql, token);
            // FOR UPDATE and FOR NO KEY UPDATE lock rows; they write nothing.
            if (WRITES.contains(word) && !(word.equals("update") && (previous.equals("for") || previous.equals("key")))) {
                return defect("writes (" + word.toUpperCase(Locale.ROOT) + " at character " + (token.start() + 1)
                        + "); it must only read", "Write a SELECT that returns the rows; pgcraft does the insert.");
            }
            previous = word;
        }
        return Optional.empty();
    }

    /** The tokens that are not comments. */
    private static List<SqlLexer.Token> code(List<SqlLexer.Token> tokens) {
        return tokens.stream().filter(t -> t.kind() != SqlLexer.Kind.LINE_COMMENT
                && t.kind() != SqlLexer.Kind.BLOCK_COMMENT).toList();
    }

    /** A word's lower-case text, or "" for any other token. */
    private static String word(String sql, SqlLexer.Token token) {
        return token.kind() == SqlLexer.Kind.WORD ? token.text(sql).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * What may follow a statement keyword but not a column of that name: a word (other than an operator such as
     * IS or AND), a quote, '*' or '('.
     */
    private static boolean startsOperand(String sql, SqlLexer.Token token) {
        if (token.kind() == SqlLexer.Kind.WORD) {
            return !OPERATOR_WORDS.contains(word(sql, token));
        }
        return token.kind() != SqlLexer.Kind.SYMBOL || token.isSymbol(sql, '*') || token.isSymbol(sql, '(');
    }

    private static String describe(SqlLexer.Kind kind) {
        return switch (kind) {
            case STRING -> "a string";
            case QUOTED_IDENTIFIER -> "a quoted identifier";
            case DOLLAR_QUOTED -> "a dollar-quoted string";
            case BLOCK_COMMENT -> "a /* comment";
            default -> "a token";
        };
    }

    private static Optional<Defect> defect(String message, String fix) {
        return Optional.of(new Defect(message, fix));
    }
}
