package dev.pgcraft.model.schema;

import java.util.Set;

/**
 * A value the model gives rows of a table it owns, such as an eav attribute's name in the attribute log's
 * {@code attribute_name}. It is data, not a catalog object: creating or dropping one changes nothing in the
 * database, but renaming one ({@code previousName}) rewrites the rows holding it, so the data follows the model.
 *
 * @param schema schema of the table
 * @param table  the table whose rows hold the value
 * @param column the column holding it
 * @param value  the value
 */
public record DataKey(String schema, String table, String column, String value) implements DbObject {

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.DATA_KEY, schema, table, column + "=" + value);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(ObjectId.table(schema, table));
    }
}
