package dev.pgcraft.snapshot;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for snapshots: objects ({@link LinkedHashMap}, order kept), arrays, strings, integers,
 * booleans and null. Writing is deterministic, one value on one line ({@link #inline}: the snapshot's layout puts
 * the lines together); reading is strict (see {@link JsonReader}) and reports the line and column of
 * what it could not parse as a {@link ParseException}, never a raw runtime exception. {@link #readLocated} also
 * says where each object and array starts, so a reader of the values can report a value that parses but does not fit
 * at its own line.
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
        return new JsonReader(text, null).document();
    }

    /** {@link #read}, also recording where each object and array starts. */
    static Located readLocated(String text) {
        IdentityHashMap<Object, Long> starts = new IdentityHashMap<>();
        return new Located(new JsonReader(text, starts).document(), starts);
    }

    /**
     * A parsed value and where each of its objects and arrays starts (by identity: equal values at two places are
     * two entries).
     */
    static final class Located {
        private final Object value;
        private final IdentityHashMap<Object, Long> starts;

        private Located(Object value, IdentityHashMap<Object, Long> starts) {
            this.value = value;
            this.starts = starts;
        }

        Object value() {
            return value;
        }

        /** The 1-based line of the object or array {@code container}, or 0 when it was not read here. */
        int line(Object container) {
            Long start = starts.get(container);
            return start == null ? 0 : (int) (start >>> 32);
        }

        /** The 1-based column of the object or array {@code container}, or 0 when it was not read here. */
        int column(Object container) {
            Long start = starts.get(container);
            return start == null ? 0 : (int) (long) start;
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
