package dev.pgcraft.model.schema;

/**
 * One output column of a view, as the view's query produces it.
 *
 * @param name column name
 * @param type its type as PostgreSQL reports it for the view (e.g. {@code bigint}, {@code timestamptz},
 *             {@code numeric(10,2)}): {@code CREATE OR REPLACE VIEW} is allowed only when every existing column
 *             keeps its name and this type
 */
public record ViewColumn(String name, String type) {
}
