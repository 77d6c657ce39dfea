package dev.pgcraft.model.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into PostgreSQL's tokens, as far as quoting is concerned: what is a string, a quoted identifier,
 * a dollar-quoted body or a comment, and so where a {@code ;} or a parenthesis really is one. It does not parse:
 * words, numbers and operators are only told apart from what encloses text.
 *
 * <p>Plain {@code '…'} strings depend on {@code standard_conforming_strings}: on (PostgreSQL's default since 9.1)
 * a backslash is an ordinary character; off, it escapes the next one, so {@code '\'} does not end there. Lexing
 * the same text both ways shows whether where its strings end depends on that setting.
 */
public final class SqlLexer {

    /** What a token is. */
    public enum Kind {
        /** A keyword, an unquoted identifier or a number. */
        WORD,
        /** {@code '…'}, including the prefixed forms {@code E'…'}, {@code U&'…'}, {@code B'…'}, {@code X'…'}. */
        STRING,
        /** {@code "…"}, including {@code U&"…"}. */
        QUOTED_IDENTIFIER,
        /** {@code $tag$…$tag$} or {@code $$…$$}. */
        DOLLAR_QUOTED,
        /** {@code $1}: a function or prepared-statement parameter. */
        PARAMETER,
        /** {@code -- …} up to the end of its line. */
        LINE_COMMENT,
        /** {@code /* … *}{@code /}, which nests. */
        BLOCK_COMMENT,
        /** Any other single character: {@code ( ) [ ] ; , .} and operator characters. */
        SYMBOL
    }

    /**
     * One token.
     *
     * @param kind       what it is
     * @param start      offset of its first character
     * @param end        offset just past its last character
     * @param terminated false for a string, quoted identifier, dollar quote or block comment the text ends inside
     */
    public record Token(Kind kind, int start, int end, boolean terminated) {

        /** The token's text in {@code sql}. */
        public String text(String sql) {
            return sql.substring(start, end);
        }

        /** Whether this is the symbol {@code c} in {@code sql}. */
        public boolean isSymbol(String sql, char c) {
            return kind == Kind.SYMBOL && sql.charAt(start) == c;
        }
    }

    private final String text;
    private final boolean standardConformingStrings;

    private SqlLexer(String text, boolean standardConformingStrings) {
        this.text = text;
        this.standardConformingStrings = standardConformingStrings;
    }

    /** The tokens of {@code sql} with {@code standard_conforming_strings} on; whitespace is not a token. */
    public static List<Token> tokens(String sql) {
        return tokens(sql, true);
    }

    /** The tokens of {@code sql} as a server with the given {@code standard_conforming_strings} reads them. */
    public static List<Token> tokens(String sql, boolean standardConformingStrings) {
        SqlLexer lexer = new SqlLexer(sql, standardConformingStrings);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
                continue;
            }
            Token token = lexer.next(i);
            tokens.add(token);
            i = token.end();
        }
        return tokens;
    }

    /** The token that starts at {@code i}, which is not whitespace. */
    public static Token tokenAt(String sql, int i) {
        return new SqlLexer(sql, true).next(i);
    }

    private Token next(int i) {
        char c = text.charAt(i);
        char next = charAt(i + 1);
        if (c == '-' && next == '-') {
            int end = text.indexOf('\n', i);
            return new Token(Kind.LINE_COMMENT, i, end < 0 ? text.length() : end, true);
        }
        if (c == '/' && next == '*') {
            return blockComment(i);
        }
        if (c == '\'') {
            return quoted(i, i, '\'', !standardConformingStrings, Kind.STRING);
        }
        if (c == '"') {
            return quoted(i, i, '"', false, Kind.QUOTED_IDENTIFIER);
        }
        if (c == '$') {
            return dollar(i);
        }
        if (isIdentifierStart(c) || Character.isDigit(c)) {
            // A one-letter prefix glued to a quote makes one string: E'…' (backslash escapes), B'…', X'…', N'…'.
            if (next == '\'' && "EeBbXxNn".indexOf(c) >= 0) {
                boolean escapes = c == 'E' || c == 'e' || !standardConformingStrings && (c == 'N' || c == 'n');
                return quoted(i, i + 1, '\'', escapes, Kind.STRING);
            }
            // U&'…' and U&"…": Unicode escapes with a backslash, but the quote still ends only where it is doubled.
            if ((c == 'U' || c == 'u') && next == '&' && (charAt(i + 2) == '\'' || charAt(i + 2) == '"')) {
                char quote = charAt(i + 2);
                return quoted(i, i + 2, quote, false, quote == '"' ? Kind.QUOTED_IDENTIFIER : Kind.STRING);
            }
            int end = i + 1;
            while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                end++;
            }
            return new Token(Kind.WORD, i, end, true);
        }
        return new Token(Kind.SYMBOL, i, i + 1, true);
    }

    private Token blockComment(int i) {
        int depth = 0;
        int j = i;
        while (j < text.length()) {
            if (text.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (text.startsWith("*/", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return new Token(Kind.BLOCK_COMMENT, i, j, true);
                }
            } else {
                j++;
            }
        }
        return new Token(Kind.BLOCK_COMMENT, i, text.length(), false);
    }

    /** A token from {@code start} whose quoted part opens at {@code open}; a doubled quote stands for itself. */
    private Token quoted(int start, int open, char quote, boolean backslashEscapes, Kind kind) {
        int j = open + 1;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return new Token(kind, start, j + 1, true);
                }
            } else {
                j++;
            }
        }
        return new Token(kind, start, text.length(), false);
    }

    /** {@code $1}, {@code $tag$…$tag$}, or a lone {@code $} (an operator character in some extensions). */
    private Token dollar(int i) {
        int j = i + 1;
        if (Character.isDigit(charAt(j))) {
            while (Character.isDigit(charAt(j))) {
                j++;
            }
            return new Token(Kind.PARAMETER, i, j, true);
        }
        if (j < text.length() && text.charAt(j) != '$' && !isIdentifierStart(text.charAt(j))) {
            return new Token(Kind.SYMBOL, i, i + 1, true);
        }
        while (j < text.length() && text.charAt(j) != '$' && isIdentifierPart(text.charAt(j))) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '$') {
            return new Token(Kind.SYMBOL, i, i + 1, true);
        }
        String tag = text.substring(i, j + 1);
        int close = text.indexOf(tag, j + 1);
        return close < 0 ? new Token(Kind.DOLLAR_QUOTED, i, text.length(), false)
                : new Token(Kind.DOLLAR_QUOTED, i, close + tag.length(), true);
    }

    private char charAt(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    /** Letters, digits, {@code _} and {@code $} continue an identifier, as in PostgreSQL's scanner. */
    public static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
