package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;

/**
 * Phase (b) of {@code <sd:softDelete/>}: indexes the live rows ({@code ix__TABLE__live}) and tells later plugins the
 * column's name. The column itself came from {@link RowStateTransform}.
 *
 * @param name   the element as the user wrote it ({@code sd:softDelete}), for messages
 * @param column the soft-delete column
 */
@Requires({"table", "pk"})
@Produces(SoftDelete.SOFT_DELETE)
@SingletonGroup(SoftDelete.GROUP)
record SoftDeletePlugin(String name, String column) implements Plugin {

    @Override
    public void apply(PluginContext context) {
        LiveRowsIndex.add(context, column, "live");
        context.put(SoftDelete.SOFT_DELETE_COLUMN, column);
    }
}
