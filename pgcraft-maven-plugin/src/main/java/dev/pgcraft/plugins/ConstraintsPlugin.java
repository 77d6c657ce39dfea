package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.CheckSpec;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spi.CoreKeys;
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
        for (ColumnSpec column : context.dimension().columns()) {
            if (column.unique()) {
                context.add(Constraint.unique(table.schema(), table.name(),
                        ObjectNames.derived("uq", table.name(), List.of(column.name())), List.of(column.name())));
            }
        }
        addChecks(context, table);
    }

    /** The dimension's checks on {@code table}; also used for the version log of an append-only dimension. */
    public static void addChecks(PluginContext context, Table table) {
        for (CheckSpec check : context.dimension().checks()) {
            context.add(Constraint.check(table.schema(), table.name(),
                    ObjectNames.derived("ck", table.name(), List.of(check.name())), check.expression()));
        }
    }
}
