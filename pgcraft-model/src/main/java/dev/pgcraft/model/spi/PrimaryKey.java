package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.Column;

/**
 * What a {@code pk} plugin produces ({@link CoreKeys#PK}): the key column a table plugin puts first.
 *
 * @param column the key column, named {@value #COLUMN} for every pk style
 */
public record PrimaryKey(Column column) {

    /** The key column's name for every pk type; users may not declare a column of that name. */
    public static final String COLUMN = "id";

    /** {@code pk__table__column}: the primary-key constraint's name, also what foreign keys depend on. */
    public static String constraintName(String table, String keyColumn) {
        return ObjectNames.derived("pk", table, java.util.List.of(keyColumn));
    }

    /**
     * The type of a column that holds this key (a foreign key, a history's entity id): {@code serial} is
     * {@code integer} plus a sequence, so {@code integer} there.
     */
    public String referencingType() {
        return column.type().equals("serial") ? "integer" : column.type();
    }
}
