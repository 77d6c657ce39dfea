package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;

/**
 * What softDelete and archive add to a dimension's table: a partial index on its key over the rows whose column is
 * NULL ({@code ix__TABLE__SUFFIX}), so lookups of live rows skip the deleted ones. The predicate is SQL, so the
 * column is quoted here, in Java, never in a template.
 */
final class LiveRowsIndex {

    private LiveRowsIndex() {
    }

    static void add(PluginContext context, String column, String suffix) {
        Table table = context.get(CoreKeys.TABLE);
        String key = context.get(CoreKeys.PK).column().name();
        context.add(new Index(table.schema(), table.name(), ObjectNames.derived("ix", table.name(), List.of(suffix)),
                false, "btree", List.of(IndexKey.column(key)), SqlText.ident(column) + " IS NULL"));
    }
}
