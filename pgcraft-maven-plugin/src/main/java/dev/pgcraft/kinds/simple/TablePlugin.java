package dev.pgcraft.kinds.simple;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.PrimaryKey;
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
        DimensionSpec dimension = context.dimension();
        Column key = context.get(CoreKeys.PK).column();
        List<Column> columns = new ArrayList<>();
        columns.add(key);
        dimension.columns().stream().map(ColumnSpec::toColumn).forEach(columns::add);
        Table table = new Table(context.schema(), dimension.name(), columns);
        context.add(table);
        context.add(Constraint.primaryKey(context.schema(), table.name(),
                PrimaryKey.constraintName(table.name(), key.name()), List.of(key.name())));
        context.put(CoreKeys.TABLE, table);
    }
}
