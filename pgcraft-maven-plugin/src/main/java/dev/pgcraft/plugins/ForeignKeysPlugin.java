package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.model.spi.Requires;

import java.util.List;

/** Foreign keys for columns declaring {@code references="schema.dimension"} ({@code fk__t__col__ref}). */
@Requires("table")
public final class ForeignKeysPlugin implements Plugin {

    @Override
    public String name() {
        return "foreign-keys";
    }

    @Override
    public void apply(PluginContext context) {
        Table table = context.get(CoreKeys.TABLE);
        for (ColumnSpec column : context.dimension().columns()) {
            if (column.references() == null) {
                continue;
            }
            ReferenceTarget target = context.referenceTarget(column.references());
            context.add(Constraint.foreignKey(table.schema(), table.name(),
                    ObjectNames.foreignKey(table.name(), List.of(column.name()), target.table().name()),
                    List.of(column.name()), target.table(), List.of(target.keyColumn()),
                    column.onDelete(), column.onUpdate(), target.key()));
        }
    }
}
