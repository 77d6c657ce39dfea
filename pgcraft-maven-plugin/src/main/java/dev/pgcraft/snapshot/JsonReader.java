package dev.pgcraft.snapshot;

import java.util.List;
import java.util.Map;

/**
 * A strict reader: only the escapes JSON defines, surrogates only in valid pairs, no control characters inside
 * strings, no key twice in one object, integers that fit 64 bits, and a nesting limit far above what a snapshot
 * uses (so a damaged or hostile file fails with a position rather than a stack overflow).
 */
final class JsonReader {
    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    /** The line {@code pos} is on and where that line starts: newlines occur only between values. */
    private int line = 1;
    private int lineStart;

    JsonReader(String text) {
        this.text = text;
    }

    /** The whole text as one value, with nothing after it but whitespace. */
    Object document() {
        Object value = value(0);
        skipSpace();
        if (pos != text.length()) {
            throw error("the end of the file after the top-level value");
        }
        return value;
    }

    Object value(int depth) {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value, but the file ends (truncated?)");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private void nest(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("at most " + MAX_DEPTH + " nested objects and arrays");
        }
    }

    private Map<String, Object> object(int depth) {
        nest(depth);
        Map<String, Object> map = new Json.ObjectAt(line, pos - lineStart + 1);
        pos++;
        skipSpace();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            int keyAt = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyAt;
                throw error("each key once per object, but \"" + key + "\" appears again");
            }
            skipSpace();
            expect(':');
            map.put(key, value(depth));
            skipSpace();
            if (peek(',')) {
                pos++;
            } else {
                expect("',' or '}'", '}');
                return map;
            }
        }
    }

    private List<Object> array(int depth) {
        nest(depth);
        List<Object> list = new Json.ArrayAt(line, pos - lineStart + 1);
        pos++;
        skipSpace();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth));
            skipSpace();
            if (peek(',')) {
                pos++;
            } else {
                expect("',' or ']'", ']');
                return list;
            }
        }
    }

    private String string() {
        expect('"');
        // Most strings have no escapes: take them whole. Anything the slow path must check (an escape, a
        // control character, a surrogate) sends it there.
        for (int end = pos; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '"') {
                String plain = text.substring(pos, end);
                pos = end + 1;
                return plain;
            }
            if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error("a closing quote or a character other than a control character (U+"
                        + String.format("%04X", (int) c) + " must be escaped)");
            }
            if (Character.isSurrogate(c)) {
                surrogatePair(c, out);
                continue;
            }
            pos++;
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    pos--;
                    unicodeEscape(out);
                    continue;
                }
                default -> {
                    pos--;
                    throw error("an escape JSON defines (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
                }
            }
            pos++;
        }
        throw error("a closing quote, but the file ends (truncated?)");
    }

    /** A raw surrogate in the text: only a high one directly followed by a low one is a character. */
    private void surrogatePair(char c, StringBuilder out) {
        if (Character.isHighSurrogate(c) && pos + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(pos + 1))) {
            out.append(c).append(text.charAt(pos + 1));
            pos += 2;
            return;
        }
        throw error("a character, but found a lone surrogate U+" + String.format("%04X", (int) c));
    }

    /** {@code \\uXXXX} at {@code pos}, and its low half when it is a high surrogate. */
    private void unicodeEscape(StringBuilder out) {
        int at = pos;
        char c = hex4();
        if (Character.isLowSurrogate(c)) {
            pos = at;
            throw error("a character, but found a lone low surrogate \\u" + String.format("%04x", (int) c));
        }
        if (Character.isHighSurrogate(c)) {
            int low = pos;
            char second = text.startsWith("\\u", pos) ? hex4() : 0;
            if (!Character.isLowSurrogate(second)) {
                pos = low;
                throw error("a low surrogate (\\udc00-\\udfff) after the high surrogate \\u"
                        + String.format("%04x", (int) c));
            }
            out.append(c).append(second);
            return;
        }
        out.append(c);
    }

    /** Reads {@code \\uXXXX} at {@code pos}. */
    private char hex4() {
        int at = pos;
        pos += 2;
        if (pos + 4 > text.length()) {
            pos = at;
            throw error("\\u and four hex digits, but the file ends (truncated?)");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            // ASCII hex only: Character.digit would also take other scripts' digits.
            char h = text.charAt(pos + i);
            int digit = h < 0x80 ? Character.digit(h, 16) : -1;
            if (digit < 0) {
                pos = at;
                throw error("\\u and four hex digits");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("'" + word + "'");
        }
        pos += word.length();
        return value;
    }

    private Long number() {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == digits) {
            pos = start;
            throw error("a value (an object, array, string, integer, true, false or null)");
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("an integer of at most 64 bits");
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        expect("'" + c + "'", c);
    }

    private void expect(String what, char c) {
        if (!peek(c)) {
            throw error(pos >= text.length() ? what + ", but the file ends (truncated?)" : what);
        }
        pos++;
    }

    void skipSpace() {
        // JSON's whitespace only: a stray form feed or non-breaking space is damage, not layout.
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    Json.ParseException error(String expected) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String found = pos < text.length() ? " (found " + describe(text.charAt(pos)) + ")" : "";
        return new Json.ParseException(line, column, "expected " + expected + found);
    }

    private static String describe(char c) {
        return c < 0x20 || Character.isSurrogate(c) || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
