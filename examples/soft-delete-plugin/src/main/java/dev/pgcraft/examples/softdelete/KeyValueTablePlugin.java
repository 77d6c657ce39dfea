package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.spec.CheckSpec;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.SingletonGroup;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of a {@code <sd:keyValue>}: key, value and updated_at, then the declared columns (and any a model
 * transform added, such as {@code <timestamps/>}'s created_at), its primary key, unique columns, checks, comments, and
 * the trigger that keeps updated_at.
 * It produces {@code table}, so plugins that work on a dimension's table (pgcraft's {@code <timestamps/>}, for one)
 * apply to it as to a simple dimension's.
 */
@Produces("table")
@SingletonGroup("table")
record KeyValueTablePlugin() implements Plugin {

    @Override
    public String name() {
        return "sd:keyValue-table";
    }

    @Override
    public void apply(PluginContext context) {
        DimensionSpec dimension = context.dimension();
        String valueType = dimension.part(KeyValueKind.KeyValuePart.class).valueType();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(KeyValueKind.KEY, "text", false, null, Identity.NONE));
        columns.add(new Column(KeyValueKind.VALUE, valueType, false, null, Identity.NONE));
        columns.add(new Column(KeyValueKind.UPDATED_AT, "timestamp with time zone", false, "now()", Identity.NONE));
        dimension.columns().stream().map(ColumnSpec::toColumn).forEach(columns::add);
        Table table = new Table(context.schema(), dimension.name(), columns);
        context.add(table);
        context.add(Constraint.primaryKey(table.schema(), table.name(),
                PrimaryKey.constraintName(table.name(), KeyValueKind.KEY), List.of(KeyValueKind.KEY)));
        for (ColumnSpec column : dimension.columns()) {
            if (column.unique()) {
                context.add(Constraint.unique(table.schema(), table.name(),
                        ObjectNames.derived("uq", table.name(), List.of(column.name())), List.of(column.name())));
            }
            if (column.comment() != null) {
                context.add(new Comment(table.id(), column.name(), column.comment()));
            }
        }
        for (CheckSpec check : dimension.checks()) {
            context.add(Constraint.check(table.schema(), table.name(),
                    ObjectNames.derived("ck", table.name(), List.of(check.name())), check.expression()));
        }
        if (dimension.comment() != null) {
            context.add(new Comment(table.id(), null, dimension.comment()));
        }
        // updated_at is the kind's own column, so the kind keeps it (pgcraft's <timestamps/> leaves alone what a
        // kind generates): a BEFORE UPDATE trigger sets it.
        SqlFunction touch = new SqlFunction(table.schema(),
                ObjectNames.dimensionFunction(table.schema(), table.name(), "touch"), List.of(), List.of(), "trigger",
                "plpgsql", "BEGIN\n    NEW." + SqlText.ident(KeyValueKind.UPDATED_AT)
                        + " := pg_catalog.now();\n    RETURN NEW;\nEND;", "VOLATILE", false, null, List.of());
        context.add(touch);
        context.add(new Trigger(table.schema(), table.name(), false, ObjectNames.fit(table.name() + "_touch"),
                "BEFORE", List.of("UPDATE"), true, false, null, touch.id()));
        context.put(CoreKeys.TABLE, table);
    }
}
