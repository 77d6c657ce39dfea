package dev.pgcraft.model.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table constraint.
 *
 * @param schema            schema of the table
 * @param table             table name
 * @param name              constraint name (pgcraft's convention: {@code pk__t__id}, {@code ck__t__name} …)
 * @param type              constraint kind
 * @param columns           constrained columns (empty for CHECK)
 * @param checkExpression   CHECK expression, or {@code null}
 * @param referencedTable   FOREIGN KEY target table, or {@code null}
 * @param referencedColumns FOREIGN KEY target columns (empty otherwise)
 * @param onDelete          FOREIGN KEY delete action, or {@code null}
 * @param onUpdate          FOREIGN KEY update action, or {@code null}
 * @param dependsOnIds      further objects this constraint needs (the referenced key for a foreign key)
 */
public record Constraint(String schema, String table, String name, ConstraintType type, List<String> columns,
                         String checkExpression, ObjectId referencedTable, List<String> referencedColumns,
                         ForeignKeyAction onDelete, ForeignKeyAction onUpdate, List<ObjectId> dependsOnIds)
        implements DbObject {

    public Constraint {
        Objects.requireNonNull(type, "type");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        dependsOnIds = List.copyOf(dependsOnIds);
    }

    public static Constraint primaryKey(String schema, String table, String name, List<String> columns) {
        return new Constraint(schema, table, name, ConstraintType.PRIMARY_KEY, columns, null, null, List.of(),
                null, null, List.of());
    }

    public static Constraint unique(String schema, String table, String name, List<String> columns) {
        return new Constraint(schema, table, name, ConstraintType.UNIQUE, columns, null, null, List.of(),
                null, null, List.of());
    }

    public static Constraint check(String schema, String table, String name, String expression) {
        return new Constraint(schema, table, name, ConstraintType.CHECK, List.of(), expression, null, List.of(),
                null, null, List.of());
    }

    /**
     * A foreign key; {@code referencedKey} is the primary-key or unique constraint it points at, so the key is
     * created first and dropped last.
     */
    public static Constraint foreignKey(String schema, String table, String name, List<String> columns,
                                        ObjectId referencedTable, List<String> referencedColumns,
                                        ForeignKeyAction onDelete, ForeignKeyAction onUpdate, ObjectId referencedKey) {
        return new Constraint(schema, table, name, ConstraintType.FOREIGN_KEY, columns, null, referencedTable,
                referencedColumns, onDelete, onUpdate, List.of(referencedKey));
    }

    @Override
    public ObjectId id() {
        return ObjectId.constraint(schema, table, name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        Set<ObjectId> ids = new LinkedHashSet<>();
        ids.add(ObjectId.table(schema, table));
        if (referencedTable != null) {
            ids.add(referencedTable);
        }
        ids.addAll(dependsOnIds);
        return ids;
    }
}
