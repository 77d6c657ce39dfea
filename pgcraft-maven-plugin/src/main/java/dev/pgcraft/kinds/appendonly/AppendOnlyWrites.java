package dev.pgcraft.kinds.appendonly;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.TemplateEngine;
import dev.pgcraft.plugins.PkPlugin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.pgcraft.model.sql.SqlText.ident;
import static dev.pgcraft.model.sql.SqlText.literal;
import static dev.pgcraft.model.sql.SqlText.qualified;

/**
 * The bodies of an append-only dimension's INSTEAD OF functions, from {@code append-only-insert.vm},
 * {@code append-only-update.vm} and {@code append-only-delete.vm}. Everything is quoted and qualified here; the
 * bodies run with {@code search_path = pg_catalog, pg_temp}.
 */
final class AppendOnlyWrites {

    private static final TemplateEngine TEMPLATES = new TemplateEngine(AppendOnlyWrites.class,
            "dev/pgcraft/kinds/appendonly/templates/");

    /** Types without an equality operator: compared by their text form, which is exact. */
    private static final Set<String> COMPARED_AS_TEXT = Set.of("json", "xml", "jsonpath", "point", "line", "lseg",
            "box", "path", "polygon", "circle");

    private final String schema;
    private final DimensionSpec dimension;
    private final AppendOnlyTables tables;
    private final String key;

    AppendOnlyWrites(String schema, DimensionSpec dimension, AppendOnlyTables tables) {
        this.schema = schema;
        this.dimension = dimension;
        this.tables = tables;
        this.key = ident(tables.key().name());
    }

    String insertBody() {
        Map<String, Object> values = common();
        List<Map<String, String>> defaults = new ArrayList<>();
        for (Column column : tables.userColumns()) {
            if (column.defaultValue() != null) {
                defaults.add(Map.of("value", "NEW." + ident(column.name()), "default", column.defaultValue()));
            }
        }
        values.put("defaults", defaults);
        values.put("notNull", notNullChecks("NEW."));
        values.put("keyType", tables.key().type().equals("serial") ? "pg_catalog.int4" : tables.key().type());
        values.put("newKey", newKey());
        values.put("attributesValues", values("v_id, v_now", "NEW."));
        values.put("rootColumns", String.join(", ", key, ident(AppendOnlyTables.CREATED_AT),
                ident(AppendOnlyTables.UPDATED_AT), ident(tables.pointer())) + userColumnList(", "));
        values.put("rootValues", values("v_id, v_now, v_now, v_version", "NEW."));
        return TEMPLATES.render("append-only-insert", values);
    }

    String updateBody() {
        Map<String, Object> values = common();
        List<Map<String, String>> generated = new ArrayList<>();
        for (String column : List.of(tables.key().name(), AppendOnlyTables.CREATED_AT, AppendOnlyTables.UPDATED_AT)) {
            generated.add(Map.of("name", literal(column),
                    "changed", "NEW." + ident(column) + " IS DISTINCT FROM OLD." + ident(column),
                    "message", literal("column \"" + column + "\" of " + qualifiedDimension()
                            + " cannot be updated")));
        }
        values.put("generated", generated);
        values.put("generatedHint", literal(tables.key().name() + ", " + AppendOnlyTables.CREATED_AT + " and "
                + AppendOnlyTables.UPDATED_AT + " are set by pgcraft: leave them out of the UPDATE."));
        List<Map<String, String>> columns = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        List<String> assignments = new ArrayList<>(List.of(ident(AppendOnlyTables.UPDATED_AT) + " = v_now",
                ident(tables.pointer()) + " = v_version"));
        for (Column column : tables.userColumns()) {
            String name = ident(column.name());
            columns.add(Map.of(
                    "changed", distinct(column, "NEW." + name, "OLD." + name),
                    "differs", distinct(column, "NEW." + name, "v_current." + name),
                    "current", "v_current." + name,
                    "value", "NEW." + name));
            assignments.add(name + " = v_current." + name);
        }
        for (String column : allViewColumns()) {
            returned.add("NEW." + ident(column) + " := v_current." + ident(column));
        }
        values.put("columns", columns);
        values.put("notNull", notNullChecks("v_current."));
        values.put("attributesValues", values("OLD." + key + ", v_now", "v_current."));
        values.put("rootAssignments", String.join(", ", assignments));
        values.put("returned", returned);
        return TEMPLATES.render("append-only-update", values);
    }

    String deleteBody() {
        Map<String, Object> values = common();
        values.put("pointer", ident(tables.pointer()));
        values.put("deletedAt", ident(AppendOnlyTables.DELETED_AT));
        return TEMPLATES.render("append-only-delete", values);
    }

    private Map<String, Object> common() {
        Map<String, Object> values = new HashMap<>();
        values.put("schema", literal(schema));
        values.put("dimension", literal(dimension.name()));
        values.put("root", qualified(schema, tables.root().name()));
        values.put("attributes", qualified(schema, tables.attributes().name()));
        values.put("attributesColumns", ident(AppendOnlyTables.ROOT_ID) + ", " + ident(AppendOnlyTables.CREATED_AT)
                + userColumnList(", "));
        values.put("versionId", ident(PkPlugin.COLUMN));
        values.put("key", key);
        values.put("createdAt", ident(AppendOnlyTables.CREATED_AT));
        values.put("updatedAt", ident(AppendOnlyTables.UPDATED_AT));
        return values;
    }

    /** How a new entity's key is made: the root key column's own default, or its sequence. */
    private String newKey() {
        Column column = tables.key();
        if (column.defaultValue() != null) {
            // gen_random_uuid() / uuidv7(): built-ins, resolved in pg_catalog.
            return "pg_catalog." + column.defaultValue();
        }
        // identity and serial: the sequence PostgreSQL named for the column.
        return "pg_catalog.nextval(pg_catalog.pg_get_serial_sequence("
                + literal(qualified(schema, tables.root().name())) + ", " + literal(column.name())
                + ")::pg_catalog.regclass)";
    }

    private List<Map<String, String>> notNullChecks(String record) {
        List<Map<String, String>> checks = new ArrayList<>();
        for (Column column : tables.userColumns()) {
            if (!column.nullable()) {
                checks.add(Map.of("value", record + ident(column.name()), "name", literal(column.name()),
                        "message", literal("null value in column \"" + column.name() + "\" of "
                                + qualifiedDimension() + " violates not-null constraint"),
                        "hint", literal("Give \"" + column.name() + "\" a value: " + qualifiedDimension()
                                + " declares it nullable=\"false\".")));
            }
        }
        return checks;
    }

    /** {@code a IS DISTINCT FROM b}, by text form for types PostgreSQL cannot compare for equality. */
    private static String distinct(Column column, String a, String b) {
        String base = column.type().replace("[]", "");
        if (COMPARED_AS_TEXT.contains(base)) {
            return a + "::pg_catalog.text IS DISTINCT FROM " + b + "::pg_catalog.text";
        }
        return a + " IS DISTINCT FROM " + b;
    }

    /** {@code generated}, then the user's columns of {@code record} ({@code NEW.}, {@code v_current.}). */
    private String values(String generated, String record) {
        List<String> values = new ArrayList<>(List.of(generated));
        tables.userColumns().forEach(c -> values.add(record + ident(c.name())));
        return String.join(", ", values);
    }

    private String userColumnList(String prefix) {
        return tables.userColumns().isEmpty() ? ""
                : prefix + String.join(", ", tables.userColumns().stream().map(c -> ident(c.name())).toList());
    }

    private List<String> allViewColumns() {
        List<String> columns = new ArrayList<>(List.of(tables.key().name(), AppendOnlyTables.CREATED_AT,
                AppendOnlyTables.UPDATED_AT));
        tables.userColumns().forEach(c -> columns.add(c.name()));
        return columns;
    }

    private String qualifiedDimension() {
        return schema + "." + dimension.name();
    }
}
