package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table and its columns, in declaration order. Constraints, indexes, comments and grants are objects of their
 * own so that each can be diffed and ordered on its own.
 *
 * @param initialRows for a table derived from another one (a ledger's maintained balances), the rows it starts
 *                    with when it is created, or {@code null}; it plays no part once the table exists
 */
public record Table(String schema, String name, List<Column> columns, InitialRows initialRows) implements DbObject {

    /**
     * How a derived table is filled when it is created, e.g. in the migration that adds it to a table that already
     * holds rows.
     *
     * @param source the table the rows come from; locked against writes until the migration commits, so no row
     *               written between the fill and the creation of the trigger that keeps it up to date is missed
     * @param query  a SELECT giving the rows, its columns in the table's column order
     */
    public record InitialRows(ObjectId source, String query) {
    }

    public Table(String schema, String name, List<Column> columns) {
        this(schema, name, columns, null);
    }

    public Table {
        columns = List.copyOf(columns);
    }

    @Override
    public ObjectId id() {
        return ObjectId.table(schema, name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return initialRows == null ? Set.of(ObjectId.schema(schema))
                : Set.of(ObjectId.schema(schema), initialRows.source());
    }

    /** Only the schema: where the first rows came from is no dependency PostgreSQL keeps. */
    @Override
    public Set<ObjectId> catalogDependsOn() {
        return Set.of(ObjectId.schema(schema));
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
