package dev.pgcraft.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of one JSON object of a format-3 snapshot, read strictly: each value has the type its field needs, a
 * required field is there, and a field this release does not know is an error rather than data silently dropped (a
 * newer pgcraft that adds a field to format 3 is refused by an older one instead of being half understood).
 *
 * <p>Every problem is a {@link Misfit} pointing at the object, so the reader can name its line.
 */
final class Fields {

    private final Map<?, ?> map;
    private final String what;
    /** The keys read that are present: a few per object, so a list beats a hash set. */
    private final List<Object> taken = new ArrayList<>(8);

    /** @param what how messages name the object, e.g. {@code table d0500} */
    Fields(Object json, String what) {
        if (!(json instanceof Map<?, ?> object)) {
            throw new Misfit(json, "expected " + what + " (an object) but found " + Json.describe(json));
        }
        this.map = object;
        this.what = what;
    }

    Map<?, ?> map() {
        return map;
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    /** The value of {@code key} as it is ({@code null} when absent). */
    Object raw(String key) {
        Object value = map.get(key);
        if ((value != null || map.containsKey(key)) && !taken.contains(key)) {
            taken.add(key);
        }
        return value;
    }

    String string(String key) {
        String value = optionalString(key);
        if (value == null) {
            throw misfit("'" + key + "' is missing");
        }
        return value;
    }

    /** A string, or {@code null} when the field is absent or null. */
    String optionalString(String key) {
        Object value = raw(key);
        if (value != null && !(value instanceof String)) {
            throw misfit("'" + key + "' must be a string but is " + Json.describe(value));
        }
        return (String) value;
    }

    /** A string; {@code absent} when the field is left out (an explicit null stays null). */
    String stringOr(String key, String absent) {
        return map.containsKey(key) ? optionalString(key) : absent;
    }

    boolean flag(String key, boolean absent) {
        Object value = raw(key);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof Boolean flag)) {
            throw misfit("'" + key + "' must be true or false but is " + Json.describe(value));
        }
        return flag;
    }

    long number(String key) {
        Object value = raw(key);
        if (!(value instanceof Long number)) {
            throw misfit("'" + key + "' must be an integer but is " + Json.describe(value));
        }
        return number;
    }

    /** A list; empty when absent. */
    List<?> list(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw misfit("'" + key + "' must be an array but is " + Json.describe(value));
        }
        return list;
    }

    /** A list of strings; empty when absent. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof String text)) {
                throw misfit("'" + key + "' must hold strings but holds " + Json.describe(item));
            }
            out.add(text);
        }
        return out;
    }

    /** Refuses a field nobody took: a misspelling, or a field of a newer pgcraft. */
    void done() {
        if (taken.size() == map.size()) {
            return;
        }
        for (Object key : map.keySet()) {
            if (!taken.contains(key)) {
                throw misfit("unknown field '" + key + "' (edited by hand, or written by a newer pgcraft?)");
            }
        }
    }

    Misfit misfit(String message) {
        return new Misfit(map, what + ": " + message);
    }

    /** A value that parses as JSON but does not fit the snapshot; {@code at} is the object or array it is in. */
    static final class Misfit extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final transient Object at;

        Misfit(Object at, String message) {
            super(message);
            this.at = at;
        }

        Object at() {
            return at;
        }
    }
}
