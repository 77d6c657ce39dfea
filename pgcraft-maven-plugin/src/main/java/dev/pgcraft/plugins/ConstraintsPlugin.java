package dev.pgcraft.plugins;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.config.CheckConfig;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;

import java.util.List;

/** Unique columns ({@code uq__t__col}) and named checks ({@code ck__t__name}) on the dimension's table. */
@Requires("table")
public final class ConstraintsPlugin implements Plugin {

    @Override
    public String name() {
        return "constraints";
    }

    @Override
    public void apply(PluginContext context) {
        Table table = context.get(CoreKeys.TABLE);
        for (ColumnConfig column : context.dimension().getColumns()) {
            if (column.isUnique()) {
                context.add(Constraint.unique(table.schema(), table.name(),
                        ObjectNames.derived("uq", table.name(), List.of(column.getName())),
                        List.of(column.getName())));
            }
        }
        addChecks(context, table);
    }

    /** The dimension's checks on {@code table}; also used for the version log of an append-only dimension. */
    static void addChecks(PluginContext context, Table table) {
        for (CheckConfig check : context.dimension().getChecks()) {
            context.add(Constraint.check(table.schema(), table.name(),
                    ObjectNames.derived("ck", table.name(), List.of(check.getName())), check.getExpression()));
        }
    }
}
