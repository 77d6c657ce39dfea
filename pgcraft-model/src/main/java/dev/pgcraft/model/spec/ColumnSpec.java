package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.Identity;

import java.util.Objects;

/**
 * A column a dimension declares (or a model transform adds).
 *
 * @param name         the column name
 * @param type         the type in PostgreSQL's canonical spelling ({@code character varying(80)})
 * @param nullable     {@code false} means NOT NULL
 * @param defaultValue the DEFAULT as an SQL expression, or {@code null}
 * @param unique       whether the column is unique on its own
 * @param comment      the column comment, or {@code null}
 * @param references   the referenced dimension as {@code schema.dimension}, or {@code null}
 * @param onDelete     the foreign key's ON DELETE action ({@link ForeignKeyAction#NO_ACTION} when not given)
 * @param onUpdate     the foreign key's ON UPDATE action
 * @param location     where it is declared (for a column a transform added: where the transform is declared)
 */
public record ColumnSpec(String name, String type, boolean nullable, String defaultValue, boolean unique,
                         String comment, String references, ForeignKeyAction onDelete, ForeignKeyAction onUpdate,
                         SourceLocation location) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    /** A plain column: no default, not unique, no comment, no reference. */
    public static ColumnSpec of(String name, String canonicalType, boolean nullable, SourceLocation location) {
        return new ColumnSpec(name, canonicalType, nullable, null, false, null, null, ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION, location);
    }

    /** The column as a table holds it. */
    public Column toColumn() {
        return new Column(name, type, nullable, defaultValue, Identity.NONE);
    }

    public ColumnSpec withName(String newName) {
        return new ColumnSpec(newName, type, nullable, defaultValue, unique, comment, references, onDelete, onUpdate,
                location);
    }

    public ColumnSpec withReferences(String newReferences) {
        return new ColumnSpec(name, type, nullable, defaultValue, unique, comment, newReferences, onDelete, onUpdate,
                location);
    }

    public ColumnSpec withDefault(String newDefault) {
        return new ColumnSpec(name, type, nullable, newDefault, unique, comment, references, onDelete, onUpdate,
                location);
    }
}
