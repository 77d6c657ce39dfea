package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table and its columns, in declaration order. Constraints, indexes, comments and grants are objects of their
 * own so that each can be diffed and ordered on its own.
 */
public record Table(String schema, String name, List<Column> columns) implements DbObject {

    public Table {
        columns = List.copyOf(columns);
    }

    @Override
    public ObjectId id() {
        return ObjectId.table(schema, name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(ObjectId.schema(schema));
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
