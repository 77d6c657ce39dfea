package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;

/**
 * Phase (b) of {@code <sd:archive/>}: indexes the current rows ({@code ix__TABLE__current}). It produces
 * {@code archive}, not {@code softDelete}: archived rows are kept, so {@code <sd:purge/>} does not apply to them.
 *
 * @param name   the element as the user wrote it, for messages
 * @param column the archive column
 */
@Requires({"table", "pk"})
@Produces(SoftDelete.ARCHIVE)
@SingletonGroup(SoftDelete.GROUP)
record ArchivePlugin(String name, String column) implements Plugin {

    @Override
    public void apply(PluginContext context) {
        LiveRowsIndex.add(context, column, "current");
        context.put(SoftDelete.ARCHIVE_COLUMN, column);
    }
}
