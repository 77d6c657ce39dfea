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
 */
public record Index(String schema, String table, String name, boolean unique, String method, List<IndexKey> keys,
                    String where) implements DbObject {

    public Index {
        keys = List.copyOf(keys);
    }

    @Override
    public ObjectId id() {
        return ObjectId.index(schema, name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(ObjectId.table(schema, table));
    }
}
