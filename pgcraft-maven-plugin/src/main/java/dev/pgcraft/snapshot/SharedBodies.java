package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.SqlFunction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A function body written once and shared: {@code "bodyOf": ["bench_d0001_delete()", "d0001", "d0005"]} says "the
 * body of that function, earlier in this schema's list, with every {@code d0001} replaced by {@code d0005}";
 * {@code "bodyOf": ["bench_d0003_immutable()"]} says "the same body". Dimensions of one kind get functions whose
 * bodies differ only by the dimension's name, and storing each in full made the snapshot larger than the SQL it
 * describes (mixed 1,000: 5.7 MB against a 5.2 MB V1); shared, it is about half of it.
 *
 * <p>Why this form: the undo files need every old body, so bodies must stay recoverable from the snapshot alone;
 * a replacement of one name is what a reviewer can check by eye; and a body that differs in any other way is
 * written in full, line by line, as before. The writer refers to the <em>nearest</em> earlier function of the same
 * shape, so changing one dimension touches its own function line and at most the line of the next function of that
 * shape (which then refers to an earlier one, or is written in full).
 *
 * <p>How the writer finds a match: a function's name is cut at {@code _} into segments; each run of segments that
 * occurs in the body is a candidate "stem", and the body with every occurrence of the stem taken out (together with
 * the name with that run taken out) is the shape. A function whose shape was seen before refers to the last function
 * with that shape, and only when the replacement gives exactly its body (checked, so the heuristic can never store a
 * wrong body; it can only miss a sharing).
 */
final class SharedBodies {

    /** The field that refers to another function's body. */
    static final String KEY = "bodyOf";

    /** Marks the stem in a shape; a body that contains it is never shared by replacement. */
    private static final char HOLE = '\0';

    private SharedBodies() {
    }

    /** Decides, function by function in the order written, which bodies refer to an earlier one; one per list. */
    static final class Writer {

        /** The last function written with each body. */
        private final Map<String, SqlFunction> byBody = new HashMap<>();
        /** The last function written with each shape, and the stem its shape took out. */
        private final Map<String, Stemmed> byShape = new HashMap<>();

        private record Stemmed(SqlFunction function, String stem) {
        }

        /** The value of {@code bodyOf} for this function, or {@code null} when its body is written in full. */
        List<String> share(SqlFunction function) {
            String body = function.body();
            if (body == null) {
                return null;
            }
            List<String> shared = null;
            SqlFunction same = byBody.put(body, function);
            if (same != null) {
                shared = List.of(same.signature());
            }
            if (body.indexOf(HOLE) >= 0) {
                return shared;
            }
            String name = function.name();
            // Every candidate shape is remembered, matched or not, so the next function of the shape finds this one.
            for (int[] run : runs(name)) {
                String stem = name.substring(run[0], run[1]);
                if (!body.contains(stem)) {
                    continue;
                }
                String shape = name.substring(0, run[0]) + HOLE + name.substring(run[1]) + HOLE + HOLE
                        + body.replace(stem, String.valueOf(HOLE));
                Stemmed previous = byShape.put(shape, new Stemmed(function, stem));
                if (shared == null && previous != null && !previous.stem().equals(stem)
                        && previous.function().body().replace(previous.stem(), stem).equals(body)) {
                    shared = List.of(previous.function().signature(), previous.stem(), stem);
                }
            }
            return shared;
        }

        /** The runs of {@code _}-separated segments of a name, as [start, end) in the name, shortest first. */
        private static List<int[]> runs(String name) {
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            starts.add(0);
            for (int i = name.indexOf('_'); i >= 0; i = name.indexOf('_', i + 1)) {
                ends.add(i);
                starts.add(i + 1);
            }
            ends.add(name.length());
            List<int[]> runs = new ArrayList<>();
            for (int length = 1; length <= starts.size(); length++) {
                for (int first = 0; first + length <= starts.size(); first++) {
                    int start = starts.get(first);
                    int end = ends.get(first + length - 1);
                    if (end > start) {
                        runs.add(new int[] {start, end});
                    }
                }
            }
            return runs;
        }
    }

    /** Resolves {@code bodyOf} from the functions read so far in one list; one per list. */
    static final class Reader {

        private final Map<String, String> bodies = new HashMap<>();

        /**
         * Replaces {@code bodyOf} in an object as read by the {@code body} it stands for, so the object reads like
         * one written in full.
         */
        void expand(Object json) {
            if (!(json instanceof Map<?, ?> map) || !map.containsKey(KEY)) {
                return;
            }
            Object value = map.get(KEY);
            if (map.containsKey("body")) {
                throw new Fields.Misfit(json, "both 'body' and '" + KEY + "': a function has one body");
            }
            if (!(value instanceof List<?> parts) || (parts.size() != 1 && parts.size() != 3)
                    || !parts.stream().allMatch(String.class::isInstance)) {
                throw new Fields.Misfit(json, "'" + KEY + "' must be [function] or [function, text, replacement]"
                        + " (strings) but is " + Json.describe(value));
            }
            String source = bodies.get((String) parts.get(0));
            if (source == null) {
                throw new Fields.Misfit(json, "'" + KEY + "' names " + parts.get(0) + ", which is not a function"
                        + " with a body earlier in this schema's list");
            }
            String body = parts.size() == 1 ? source : source.replace((String) parts.get(1), (String) parts.get(2));
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            object.remove(KEY);
            object.put("body", new ArrayList<>(Arrays.asList(body.split("\n", -1))));
        }

        /** Remembers a function's body for the objects that follow. */
        void read(DbObject object) {
            if (object instanceof SqlFunction function && function.body() != null) {
                bodies.put(function.signature(), function.body());
            }
        }
    }
}
