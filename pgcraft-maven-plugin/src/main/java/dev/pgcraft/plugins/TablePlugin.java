package dev.pgcraft.plugins;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;

import java.util.ArrayList;
import java.util.List;

/** A simple dimension's table: the key column, then the user's columns, and its primary key. */
@Requires("pk")
@Produces("table")
@SingletonGroup("table")
public final class TablePlugin implements Plugin {

    @Override
    public String name() {
        return "table";
    }

    @Override
    public void apply(PluginContext context) {
        DimensionConfig dimension = context.dimension();
        Column key = context.get(CoreKeys.PK).column();
        List<Column> columns = new ArrayList<>();
        columns.add(key);
        columns.addAll(userColumns(dimension));
        Table table = new Table(context.schema(), dimension.getName(), columns);
        context.add(table);
        context.add(Constraint.primaryKey(context.schema(), table.name(), primaryKeyName(table.name(), key.name()),
                List.of(key.name())));
        context.put(CoreKeys.TABLE, table);
    }

    /** {@code pk__table__column}: also what foreign keys from other dimensions depend on. */
    public static String primaryKeyName(String table, String keyColumn) {
        return ObjectNames.derived("pk", table, List.of(keyColumn));
    }

    /** The user's columns of {@code dimension}, in declaration order. */
    static List<Column> userColumns(DimensionConfig dimension) {
        return dimension.getColumns().stream().map(TablePlugin::userColumn).toList();
    }

    public static Column userColumn(ColumnConfig column) {
        return new Column(column.getName(), ColumnTypes.canonical(column.getType()), column.isNullable(),
                column.getDefault(), Identity.NONE);
    }
}
