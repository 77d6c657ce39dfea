package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Set;

/**
 * An index that is not backing a constraint.
 *
 * @param schema schema (indexes live in their table's schema)
 * @param table  indexed table
 * @param name   index name
 * @param unique whether it is a unique index
 * @param method access method ({@code btree}, {@code gin} …)
 * @param keys   key items, in order
 * @param where  partial-index predicate, or {@code null}
 * @param onView whether {@code table} is a materialized view (the only views PostgreSQL indexes)
 */
public record Index(String schema, String table, String name, boolean unique, String method, List<IndexKey> keys,
                    String where, boolean onView) implements DbObject {

    public Index {
        keys = List.copyOf(keys);
    }

    /** An index on a table. */
    public Index(String schema, String table, String name, boolean unique, String method, List<IndexKey> keys,
                 String where) {
        this(schema, table, name, unique, method, keys, where, false);
    }

    @Override
    public ObjectId id() {
        return ObjectId.index(schema, name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(onView ? ObjectId.view(schema, table) : ObjectId.table(schema, table));
    }
}
