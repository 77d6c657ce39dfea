package dev.pgcraft.kinds.eav;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.spec.CheckSpec;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.TemplateEngine;
import dev.pgcraft.plugins.ViewWrites;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What users read and write of an {@code <eav>} dimension: the view {@code S.T} (id, created_at, one column per
 * attribute holding its current value), {@code S.T_history} (every attribute row ever written), the INSTEAD OF
 * triggers {@code T_insert}, {@code T_update}, {@code T_delete} with their functions {@code S_T_insert} …, and the
 * protection of the two tables.
 *
 * <p>The view pivots only the current rows ({@code superseded_at IS NULL}, a partial unique index), so reading one
 * entity costs O(its attributes) and a full scan O(current values), however long the history. The benchmark
 * {@code dev.pgcraft.bench.EavBenchmark} measured this {@code GROUP BY} pivot against per-attribute correlated
 * lookups through the same index: faster both for a lookup by key and for a full scan.
 *
 * <p>The write functions, triggers, protection and comments are {@link ViewWrites}'s, shared with
 * {@code appendOnly}. They are SECURITY DEFINER with a pinned {@code search_path}; check expressions and defaults
 * run inside them, so the functions those call must be in {@code pg_catalog} or schema-qualified.
 */
@Requires("eav")
public final class EavViewPlugin implements Plugin {

    private static final String ENTITY_ALIAS = "e";
    private static final String LOG_ALIAS = "a";
    private static final String CURRENT_ALIAS = "c";

    private static final TemplateEngine TEMPLATES = new TemplateEngine(EavViewPlugin.class,
            "dev/pgcraft/kinds/eav/templates/");

    /** {@code any_value()}, which picks the one current value of any type, came with PostgreSQL 16. */
    static final int ANY_VALUE_MIN_MAJOR = 16;

    @Override
    public String name() {
        return "eav-view";
    }

    @Override
    public void apply(PluginContext context) {
        String schema = context.schema();
        DimensionSpec dimension = context.dimension();
        String view = dimension.name();
        EavStorage storage = context.get(EavStorage.KEY);
        List<ObjectId> tables = List.of(storage.entity().id(), storage.attribute().id());

        context.require(new VersionRequirement(ANY_VALUE_MIN_MAJOR, "<eav> dimensions (their view uses any_value())"));
        View current = new View(schema, view, currentQuery(storage), false, tables, currentColumns(storage));
        context.add(current);
        context.add(new View(schema, historyView(view), historyQuery(storage), false,
                List.of(storage.attribute().id())));

        Map<String, Object> values = templateValues(schema, dimension, storage);
        ViewWrites.add(context, dimension.kind(), current, Map.of(
                "INSERT", TEMPLATES.render("eav-insert", values),
                "UPDATE", TEMPLATES.render("eav-update", values),
                "DELETE", TEMPLATES.render("eav-delete", values)),
                List.of(storage.entity(), storage.attribute()));
    }

    /**
     * The view's output columns: with them, an attribute added to the dimension replaces the view in place
     * ({@code CREATE OR REPLACE VIEW}), keeping its triggers and grants.
     */
    private static List<ViewColumn> currentColumns(EavStorage storage) {
        List<ViewColumn> columns = new ArrayList<>();
        Column key = storage.entity().columns().get(0);
        columns.add(new ViewColumn(key.name(), key.type()));
        columns.add(new ViewColumn(EavStorage.CREATED_AT,
                storage.entity().column(EavStorage.CREATED_AT).orElseThrow().type()));
        storage.valueColumns().keySet().forEach(attribute ->
                columns.add(new ViewColumn(attribute, storage.types().get(attribute))));
        return columns;
    }

    /** {@code T_history}. */
    public static String historyView(String dimension) {
        return ObjectNames.fit(dimension + "_history");
    }


    /**
     * The entities, left-joined to one pass over the current attribute rows grouped by entity. Each attribute is the
     * {@code any_value} of its one current row (the unique index on current rows allows no second), cast back to its
     * declared type so that {@code varchar(80)} keeps its length. A lookup by id narrows the grouped rows to that
     * entity's current rows through the index; a full scan reads the current rows once.
     */
    private static String currentQuery(EavStorage storage) {
        String e = ENTITY_ALIAS;
        String a = LOG_ALIAS;
        String key = storage.entity().columns().get(0).name();
        List<String> select = new ArrayList<>();
        select.add(e + "." + SqlText.ident(key));
        select.add(e + "." + SqlText.ident(EavStorage.CREATED_AT));
        if (storage.valueColumns().isEmpty()) {
            return "SELECT " + String.join(",\n       ", select) + "\nFROM " + qualified(storage.entity()) + " " + e;
        }
        List<String> pivot = new ArrayList<>();
        pivot.add(a + "." + SqlText.ident(EavStorage.ENTITY_ID));
        storage.valueColumns().forEach((attribute, valueColumn) -> {
            select.add(CURRENT_ALIAS + "." + SqlText.ident(attribute));
            pivot.add("CAST(any_value(" + a + "." + SqlText.ident(valueColumn) + ") FILTER (WHERE " + a + "."
                    + SqlText.ident(EavStorage.ATTRIBUTE_NAME) + " = " + SqlText.literal(attribute) + ") AS "
                    + storage.types().get(attribute) + ") AS " + SqlText.ident(attribute));
        });
        return "SELECT " + String.join(",\n       ", select)
                + "\nFROM " + qualified(storage.entity()) + " " + e
                + "\nLEFT JOIN (SELECT " + String.join(",\n                  ", pivot)
                + "\n           FROM " + qualified(storage.attribute()) + " " + a
                + "\n           WHERE " + a + "." + SqlText.ident(EavStorage.SUPERSEDED_AT) + " IS NULL"
                + "\n           GROUP BY " + a + "." + SqlText.ident(EavStorage.ENTITY_ID) + ") " + CURRENT_ALIAS
                + " ON " + CURRENT_ALIAS + "." + SqlText.ident(EavStorage.ENTITY_ID) + " = " + e + "." + SqlText.ident(key);
    }

    /** Every attribute row, its value as text (NULL for a change to NULL), and when it was current. */
    private static String historyQuery(EavStorage storage) {
        String a = LOG_ALIAS;
        List<String> values = storage.valueColumnNames().stream()
                .map(column -> a + "." + SqlText.ident(column) + "::text").collect(Collectors.toList());
        String value = values.isEmpty() ? "NULL::text"
                : values.size() == 1 ? values.get(0) : "COALESCE(" + String.join(", ", values) + ")";
        return "SELECT " + a + "." + SqlText.ident(EavStorage.ATTRIBUTE_ID) + ",\n       "
                + a + "." + SqlText.ident(EavStorage.ENTITY_ID) + ",\n       "
                + a + "." + SqlText.ident(EavStorage.ATTRIBUTE_NAME) + ",\n       "
                + value + " AS \"value\",\n       "
                + a + "." + SqlText.ident(EavStorage.CREATED_AT) + " AS \"valid_from\",\n       "
                + a + "." + SqlText.ident(EavStorage.SUPERSEDED_AT) + " AS \"valid_to\"\n"
                + "FROM " + qualified(storage.attribute()) + " " + a;
    }

    /** The quoted pieces the three function templates and their shared rules fragment arrange. */
    private static Map<String, Object> templateValues(String schema, DimensionSpec dimension, EavStorage storage) {
        String key = storage.entity().columns().get(0).name();
        List<Map<String, Object>> attributes = new ArrayList<>();
        List<Map<String, Object>> defaults = new ArrayList<>();
        List<Map<String, Object>> notNull = new ArrayList<>();
        List<String> row = new ArrayList<>();
        row.add("NEW." + SqlText.ident(key) + " AS " + SqlText.ident(key));
        row.add("NEW." + SqlText.ident(EavStorage.CREATED_AT) + " AS " + SqlText.ident(EavStorage.CREATED_AT));
        for (ColumnSpec column : dimension.columns()) {
            Map<String, Object> attribute = new HashMap<>();
            attribute.put("field", SqlText.ident(column.name()));
            attribute.put("name", SqlText.literal(column.name()));
            attribute.put("valueColumn", SqlText.ident(storage.valueColumns().get(column.name())));
            attributes.add(attribute);
            if (column.defaultValue() != null) {
                Map<String, Object> withDefault = new HashMap<>(attribute);
                withDefault.put("default", "(" + column.defaultValue() + ")::" + storage.types().get(column.name()));
                defaults.add(withDefault);
            }
            if (!column.nullable()) {
                notNull.add(attribute);
            }
            row.add("NEW." + SqlText.ident(column.name()) + " AS " + SqlText.ident(column.name()));
        }
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckSpec check : dimension.checks()) {
            checks.add(Map.of("expression", check.expression(), "name", SqlText.literal(check.name()),
                    "text", SqlText.literal(check.expression())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("dimension", SqlText.literal(schema + "." + dimension.name()));
        values.put("schema", SqlText.literal(schema));
        values.put("view", SqlText.literal(dimension.name()));
        values.put("entity", qualified(storage.entity()));
        values.put("log", qualified(storage.attribute()));
        values.put("id", SqlText.ident(key));
        values.put("createdAt", SqlText.ident(EavStorage.CREATED_AT));
        values.put("entityId", SqlText.ident(EavStorage.ENTITY_ID));
        values.put("attributeName", SqlText.ident(EavStorage.ATTRIBUTE_NAME));
        values.put("supersededAt", SqlText.ident(EavStorage.SUPERSEDED_AT));
        values.put("attributes", attributes);
        values.put("defaults", defaults);
        values.put("notNull", notNull);
        values.put("checks", checks);
        values.put("row", String.join(", ", row));
        values.put("rules", TEMPLATES.render("eav-rules", values));
        return values;
    }

    private static String qualified(dev.pgcraft.model.schema.Table table) {
        return SqlText.qualified(table.schema(), table.name());
    }
}
