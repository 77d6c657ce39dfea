package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The dimension's declared indexes. Unnamed ones are named {@code ix__t__col1_col2}; an expression index gets a
 * short digest of its expression instead of column names, so renaming nothing never renames the index.
 */
@Requires("table")
public final class IndexesPlugin implements Plugin {

    @Override
    public String name() {
        return "indexes";
    }

    @Override
    public void apply(PluginContext context) {
        Table table = context.get(CoreKeys.TABLE);
        for (IndexSpec index : context.dimension().indexes()) {
            List<IndexKey> keys = index.expression() != null
                    ? List.of(IndexKey.expression(index.expression()))
                    : index.columns().stream().map(IndexKey::column).collect(Collectors.toList());
            context.add(new Index(table.schema(), table.name(), name(table.name(), index), index.unique(),
                    index.using(), keys, index.where()));
        }
    }

    static String name(String table, IndexSpec index) {
        return ObjectNames.index(table, index);
    }
}
