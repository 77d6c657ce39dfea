package dev.pgcraft.model.schema;

import java.util.Objects;

/**
 * The identity of a database object: what the differ matches old and new objects by.
 *
 * @param kind   the object kind
 * @param schema the schema the object lives in; for a schema its own name; {@code null} for roles
 * @param table  the table or view a table-scoped object (constraint, trigger, grant, comment) belongs to, or
 *               {@code null}
 * @param name   the object's name; for functions the name with its argument types, e.g. {@code f(integer)}
 */
public record ObjectId(ObjectKind kind, String schema, String table, String name) implements Comparable<ObjectId> {

    public ObjectId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static ObjectId schema(String name) {
        return new ObjectId(ObjectKind.SCHEMA, name, null, name);
    }

    public static ObjectId role(String name) {
        return new ObjectId(ObjectKind.ROLE, null, null, name);
    }

    public static ObjectId table(String schema, String name) {
        return new ObjectId(ObjectKind.TABLE, schema, null, name);
    }

    public static ObjectId view(String schema, String name) {
        return new ObjectId(ObjectKind.VIEW, schema, null, name);
    }

    public static ObjectId index(String schema, String name) {
        return new ObjectId(ObjectKind.INDEX, schema, null, name);
    }

    public static ObjectId constraint(String schema, String table, String name) {
        return new ObjectId(ObjectKind.CONSTRAINT, schema, table, name);
    }

    public static ObjectId trigger(String schema, String table, String name) {
        return new ObjectId(ObjectKind.TRIGGER, schema, table, name);
    }

    public static ObjectId function(String schema, String signature) {
        return new ObjectId(ObjectKind.FUNCTION, schema, null, signature);
    }

    /** The id of the schema this object lives in, or {@code null} for roles and schemas themselves. */
    public ObjectId schemaId() {
        return schema == null || kind == ObjectKind.SCHEMA ? null : schema(schema);
    }

    /** A readable name for messages and logs: {@code table dim.products}, {@code constraint dim.products.pk__…}. */
    public String describe() {
        StringBuilder text = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
        if (kind == ObjectKind.SCHEMA || kind == ObjectKind.ROLE) {
            return text.append(name).toString();
        }
        if (schema != null) {
            text.append(schema).append('.');
        }
        if (table != null) {
            text.append(table).append('.');
        }
        return text.append(name).toString();
    }

    /**
     * By kind, schema, table (no schema or table first), then name. Written out rather than composed from
     * {@code Comparator}s: states are sorted maps keyed by ids, and this comparison is their hottest code.
     */
    @Override
    public int compareTo(ObjectId other) {
        int order = kind.compareTo(other.kind);
        if (order == 0) {
            order = compareNullsFirst(schema, other.schema);
        }
        if (order == 0) {
            order = compareNullsFirst(table, other.table);
        }
        return order != 0 ? order : name.compareTo(other.name);
    }

    private static int compareNullsFirst(String a, String b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return describe();
    }
}
