package dev.pgcraft.kinds.appendonly;

import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.plugins.PkPlugin;
import dev.pgcraft.plugins.ViewWrites;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.pgcraft.model.sql.SqlText.ident;
import static dev.pgcraft.model.sql.SqlText.qualified;

/**
 * What users read and write of an append-only dimension: the view {@code S.T} (current state, read from the root
 * only), the history view {@code S.T_history}, the INSTEAD OF functions {@code S_T_insert}, {@code S_T_update},
 * {@code S_T_delete} with their triggers {@code T_insert}, {@code T_update}, {@code T_delete}, raw-table
 * protection on both tables, and the dimension's comments (on the view, the object users see).
 *
 * <p>The write functions, triggers, protection and comments are {@link ViewWrites}'s, shared with {@code eav}.
 */
@Requires("appendOnly")
public final class AppendOnlyViewsPlugin implements Plugin {

    @Override
    public String name() {
        return "append-only-views";
    }

    @Override
    public void apply(PluginContext context) {
        AppendOnlyTables tables = context.get(AppendOnlyTables.KEY);
        DimensionSpec dimension = context.dimension();
        String schema = context.schema();
        List<String> userColumns = dimension.columns().stream().map(ColumnSpec::name).toList();

        View view = new View(schema, dimension.name(), currentQuery(tables, userColumns), false,
                List.of(tables.root().id()), outputColumns(tables.root(), List.of(tables.key().name(),
                        AppendOnlyTables.CREATED_AT, AppendOnlyTables.UPDATED_AT), userColumns));
        context.add(view);
        context.add(new View(schema, ObjectNames.fit(dimension.name() + "_history"),
                historyQuery(tables, userColumns), false, List.of(tables.attributes().id()),
                historyColumns(tables, userColumns)));

        AppendOnlyWrites writes = new AppendOnlyWrites(schema, dimension, tables);
        ViewWrites.add(context, dimension.kind(), view, Map.of("INSERT", writes.insertBody(),
                "UPDATE", writes.updateBody(), "DELETE", writes.deleteBody()),
                List.of(tables.attributes(), tables.root()));
    }

    /**
     * The view's output columns, typed like the table columns they show: with them, a column added to the dimension
     * replaces the views in place ({@code CREATE OR REPLACE VIEW}) and keeps their triggers and grants.
     */
    private static List<ViewColumn> outputColumns(Table table, List<String> generated, List<String> userColumns) {
        List<ViewColumn> columns = new ArrayList<>();
        for (String name : generated) {
            columns.add(new ViewColumn(name, table.column(name).orElseThrow().type()));
        }
        for (String name : userColumns) {
            columns.add(new ViewColumn(name, table.column(name).orElseThrow().type()));
        }
        return columns;
    }

    /** {@link #historyQuery}'s columns: the entity key, the version id, the validity, then the user columns. */
    private static List<ViewColumn> historyColumns(AppendOnlyTables tables, List<String> userColumns) {
        Table attributes = tables.attributes();
        List<ViewColumn> columns = new ArrayList<>(List.of(
                new ViewColumn(tables.key().name(), attributes.column(AppendOnlyTables.ROOT_ID).orElseThrow().type()),
                new ViewColumn(AppendOnlyTables.VERSION_ID, attributes.column(PkPlugin.COLUMN).orElseThrow().type()),
                new ViewColumn(AppendOnlyTables.VALID_FROM,
                        attributes.column(AppendOnlyTables.CREATED_AT).orElseThrow().type()),
                new ViewColumn(AppendOnlyTables.VALID_TO,
                        attributes.column(AppendOnlyTables.DELETED_AT).orElseThrow().type())));
        columns.addAll(outputColumns(attributes, List.of(), userColumns));
        return columns;
    }

    /** The current state: the root alone, whose rows are the living entities with their current values. */
    static String currentQuery(AppendOnlyTables tables, List<String> userColumns) {
        StringBuilder select = new StringBuilder("SELECT r.").append(ident(tables.key().name()))
                .append(", r.").append(ident(AppendOnlyTables.CREATED_AT))
                .append(", r.").append(ident(AppendOnlyTables.UPDATED_AT));
        for (String column : userColumns) {
            select.append(", r.").append(ident(column));
        }
        return select.append("\n   FROM ").append(qualified(tables.root().schema(), tables.root().name()))
                .append(" r").toString();
    }

    /**
     * Every version with its validity: from its own {@code created_at} to the next version's, or, for an entity's
     * last version, to the deletion time (NULL while the entity lives). The window runs over one entity's versions,
     * and a filter on {@code id} is pushed below it onto the {@code (root_id, id)} index.
     */
    static String historyQuery(AppendOnlyTables tables, List<String> userColumns) {
        String rootId = ident(AppendOnlyTables.ROOT_ID);
        String createdAt = ident(AppendOnlyTables.CREATED_AT);
        StringBuilder select = new StringBuilder("SELECT a.").append(rootId).append(" AS ")
                .append(ident(tables.key().name()))
                .append(", a.").append(ident(PkPlugin.COLUMN)).append(" AS ").append(ident(AppendOnlyTables.VERSION_ID))
                .append(", a.").append(createdAt).append(" AS ").append(ident(AppendOnlyTables.VALID_FROM))
                .append(", COALESCE(lead(a.").append(createdAt).append(") OVER (PARTITION BY a.").append(rootId)
                .append(" ORDER BY a.").append(ident(PkPlugin.COLUMN)).append("), a.")
                .append(ident(AppendOnlyTables.DELETED_AT)).append(") AS ").append(ident(AppendOnlyTables.VALID_TO));
        for (String column : userColumns) {
            select.append(", a.").append(ident(column));
        }
        return select.append("\n   FROM ").append(qualified(tables.attributes().schema(), tables.attributes().name()))
                .append(" a").toString();
    }
}
