package dev.pgcraft.model.schema;

/**
 * One output column of a view, as the view's query produces it.
 *
 * @param name         column name
 * @param type         its type as PostgreSQL reports it for the view (e.g. {@code bigint}, {@code timestamptz},
 *                     {@code numeric(10,2)}): {@code CREATE OR REPLACE VIEW} is allowed only when every existing
 *                     column keeps its name and this type
 * @param defaultValue the column's own DEFAULT ({@code ALTER VIEW … ALTER COLUMN … SET DEFAULT}) as an SQL
 *                     expression, or {@code null} for none: what an INSERT through the view that omits the column
 *                     gets (an API view mirrors its table's defaults this way). Absent from snapshots written
 *                     before views carried defaults, which read back as "none"
 */
public record ViewColumn(String name, String type, String defaultValue) {

    /** A column without a default of its own. */
    public ViewColumn(String name, String type) {
        this(name, type, null);
    }

    /** Whether {@code other} has the same name and type: what {@code CREATE OR REPLACE VIEW} must keep. */
    public boolean sameShape(ViewColumn other) {
        return name.equals(other.name) && type.equals(other.type);
    }
}
