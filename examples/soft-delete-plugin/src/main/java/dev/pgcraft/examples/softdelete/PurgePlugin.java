package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;

/**
 * {@code <sd:purge/>}: {@code S.S_T_purge(older_than interval) RETURNS bigint}, deleting for good the rows
 * soft-deleted longer ago than {@code older_than}. It requires {@code softDelete}, so the engine runs it after
 * softDelete and refuses it on a dimension where no plugin produces that key. SECURITY INVOKER (callers need DELETE
 * on the table), and the body names everything schema-qualified.
 *
 * @param name the element as the user wrote it, for messages
 */
@Requires({"table", SoftDelete.SOFT_DELETE})
record PurgePlugin(String name) implements Plugin {

    @Override
    public void apply(PluginContext context) {
        Table table = context.get(CoreKeys.TABLE);
        String column = context.get(SoftDelete.SOFT_DELETE_COLUMN);
        String body = "WITH purged AS (\n"
                + "    DELETE FROM " + SqlText.qualified(table.schema(), table.name())
                + "\n    WHERE " + SqlText.ident(column) + " < pg_catalog.now() - older_than\n"
                + "    RETURNING 1\n)\nSELECT pg_catalog.count(*) FROM purged;";
        context.add(new SqlFunction(table.schema(),
                ObjectNames.dimensionFunction(context.schema(), context.dimension().name(), "purge"), List.of("older_than interval"),
                List.of("interval"), "bigint", "sql", body, "VOLATILE", false, null, List.of(table.id())));
    }
}
