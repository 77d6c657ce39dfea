package dev.pgcraft.plugins;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, IndexSpec> byName = new HashMap<>();
        Map<String, Index> made = new HashMap<>();
        for (IndexSpec index : context.dimension().indexes()) {
            List<IndexKey> keys = index.expression() != null
                    ? List.of(IndexKey.expression(index.expression()))
                    : index.columns().stream().map(IndexKey::column).collect(Collectors.toList());
            Index built = new Index(table.schema(), table.name(), name(table.name(), index), index.unique(),
                    index.using(), keys, index.where());
            Index before = made.putIfAbsent(built.name(), built);
            if (before != null && !before.equals(built)) {
                throw new PgcraftException(sameName(context.dimension().qualifiedName(), built.name(), index,
                        byName.get(built.name())));
            }
            byName.putIfAbsent(built.name(), index);
            context.add(built);
        }
    }

    /**
     * Two unnamed indexes whose derived names are the same but which differ (in their predicate, or method): the
     * same columns with another {@code where}, or, with {@code <tenant/>}, a unique index on a column that is
     * {@code unique="true"} too, both of which become unique on (tenant, column). The same index twice passes.
     */
    private static Problem sameName(String dimension, String name, IndexSpec index, IndexSpec first) {
        return Problem.at(index.location(), "PGC-CONFIG-DUPLICATE-INDEX",
                "This <index> of " + dimension + " is named \"" + name + "\", as is the index from line "
                        + first.location().line() + ", which differs from it. pgcraft names an index after its"
                        + " columns (the tenant column in front when <tenant/> is on, and a unique=\"true\" column"
                        + " has a unique index then), not after its where or method, and index names are unique per"
                        + " schema.",
                "Give this <index> a name=\"…\" of its own, or remove it if the other one does its job.");
    }

    static String name(String table, IndexSpec index) {
        return ObjectNames.index(table, index);
    }
}
