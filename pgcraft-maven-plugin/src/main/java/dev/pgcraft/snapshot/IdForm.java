package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How format 3 writes a reference to an object (an {@link ObjectId}): an array of the kind and the names that are not
 * implied, read relative to the schema whose list it is in.
 *
 * <pre>
 * ["TABLE", "d0499"]                       a table, view, index or function of this schema
 * ["TABLE", "other", "d0499"]              the same in schema other
 * ["CONSTRAINT", "d0499", "pk__d0499__id"] a constraint or trigger (also grant, revocation, comment, data key) of a table here
 * ["CONSTRAINT", "other", "t", "pk"]       the same in schema other
 * ["SCHEMA", "other"], ["ROLE", "web_anon"]
 * </pre>
 *
 * The kind says how many names follow, so the array's length says whether the schema is given. An id that does not
 * have its kind's usual shape (none does today) is written whole, as format 2 did:
 * {@code {"kind": "TABLE", "schema": …, "table": …, "name": …}}; both forms are read.
 */
final class IdForm {

    /** Kinds whose ids name the table they belong to. */
    private static final Set<ObjectKind> TABLE_SCOPED = EnumSet.of(ObjectKind.CONSTRAINT, ObjectKind.TRIGGER,
            ObjectKind.GRANT, ObjectKind.REVOCATION, ObjectKind.COMMENT, ObjectKind.DATA_KEY);

    private IdForm() {
    }

    /** @param schema the schema of the list the reference is written in, or {@code null} outside any */
    static Object write(ObjectId id, String schema) {
        ObjectKind kind = id.kind();
        List<Object> out = new ArrayList<>(4);
        out.add(kind.name());
        if (kind == ObjectKind.ROLE) {
            if (id.schema() == null && id.table() == null) {
                out.add(id.name());
                return out;
            }
        } else if (kind == ObjectKind.SCHEMA) {
            if (id.name().equals(id.schema()) && id.table() == null) {
                out.add(id.name());
                return out;
            }
        } else if (id.schema() != null && (id.table() != null) == TABLE_SCOPED.contains(kind)) {
            if (!id.schema().equals(schema)) {
                out.add(id.schema());
            }
            if (id.table() != null) {
                out.add(id.table());
            }
            out.add(id.name());
            return out;
        }
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("kind", kind.name());
        whole.put("schema", id.schema());
        whole.put("table", id.table());
        whole.put("name", id.name());
        return whole;
    }

    /**
     * The id {@code json} stands for in the list of {@code schema}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static ObjectId read(Object json, String schema) {
        if (json instanceof Map<?, ?> whole) {
            return new ObjectId(kind(whole.get("kind")), text(whole.get("schema"), true),
                    text(whole.get("table"), true), Objects.requireNonNull(text(whole.get("name"), false)));
        }
        if (!(json instanceof List<?> parts) || parts.isEmpty()) {
            throw new IllegalArgumentException("expected a reference such as [\"TABLE\", \"name\"] but found "
                    + Json.describe(json));
        }
        ObjectKind kind = kind(parts.get(0));
        List<String> names = new ArrayList<>();
        for (Object part : parts.subList(1, parts.size())) {
            names.add(text(part, false));
        }
        int n = names.size();
        if (kind == ObjectKind.ROLE && n == 1) {
            return ObjectId.role(names.get(0));
        }
        if (kind == ObjectKind.SCHEMA && n == 1) {
            return ObjectId.schema(names.get(0));
        }
        boolean scoped = TABLE_SCOPED.contains(kind);
        int local = scoped ? 2 : 1;
        if (kind != ObjectKind.ROLE && kind != ObjectKind.SCHEMA && (n == local || n == local + 1)) {
            String in = n == local ? schema : names.get(0);
            if (in == null) {
                throw new IllegalArgumentException("the reference " + parts + " names no schema, and it is outside"
                        + " a schema's list");
            }
            return new ObjectId(kind, in, scoped ? names.get(n - 2) : null, names.get(n - 1));
        }
        throw new IllegalArgumentException("a " + kind + " reference has " + (kind == ObjectKind.ROLE
                || kind == ObjectKind.SCHEMA ? "1 name" : local + " or " + (local + 1) + " names")
                + ", but " + parts + " has " + n);
    }

    private static ObjectKind kind(Object json) {
        String name = text(json, false);
        try {
            return ObjectKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not an object kind; expected one of "
                    + List.of(ObjectKind.values()), e);
        }
    }

    private static String text(Object json, boolean nullable) {
        if (json == null && nullable) {
            return null;
        }
        if (!(json instanceof String text)) {
            throw new IllegalArgumentException("expected a name (a string) in a reference but found "
                    + Json.describe(json));
        }
        return text;
    }
}
