package dev.pgcraft.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for snapshots: objects ({@link LinkedHashMap}, order kept), arrays, strings, integers,
 * booleans and null. Writing is deterministic, one value on one line ({@link #inline}: the snapshot's layout puts
 * the lines together); reading is strict (see {@link JsonReader}) and reports the line and column of
 * what it could not parse as a {@link ParseException}, never a raw runtime exception. Each object and array read
 * also says where it starts ({@link #line}, {@link #column}), so a reader of the values can report a value that
 * parses but does not fit at its own line.
 */
final class Json {

    private Json() {
    }

    /**
     * The value on one line: {@code {"a": 1, "b": [true, null]}}, a space after each comma and colon, keys in the
     * map's order.
     */
    static void inline(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string((String) entry.getKey(), out);
                out.append(": ");
                inline(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                inline(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    /** A value as messages show it: short, and never the whole of a long text. */
    static String describe(Object value) {
        if (value instanceof String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return String.valueOf(value);
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        if (plain(text)) {
            out.append(text).append('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the text can be written as it is, without escapes: most names and types can. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    static Object read(String text) {
        return new JsonReader(text).document();
    }

    /**
     * The 1-based line where {@code container} (an object or array {@link #read} returned) starts, or 0 for any other
     * value.
     */
    static int line(Object container) {
        return container instanceof ObjectAt object ? object.line
                : container instanceof ArrayAt array ? array.line : 0;
    }

    /** The 1-based column where {@code container} starts, or 0; see {@link #line}. */
    static int column(Object container) {
        return container instanceof ObjectAt object ? object.column
                : container instanceof ArrayAt array ? array.column : 0;
    }

    /**
     * An object as read, with where it starts: kept on the value itself, as two ints, because a snapshot has tens of
     * thousands of containers and a side table of positions cost as much as parsing.
     */
    static final class ObjectAt extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        ObjectAt(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /** An array as read, with where it starts. */
    static final class ArrayAt extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        ArrayAt(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    /**
     * What could not be parsed and where: 1-based line and column of the offending character (or of the end of a
     * truncated file). The store turns it into a user-facing problem at that position.
     */
    static final class ParseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        ParseException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }
}
