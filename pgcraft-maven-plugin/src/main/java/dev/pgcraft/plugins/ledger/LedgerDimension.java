package dev.pgcraft.plugins.ledger;

import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.plugins.CommentsPlugin;
import dev.pgcraft.plugins.ConstraintsPlugin;
import dev.pgcraft.plugins.ForeignKeysPlugin;
import dev.pgcraft.plugins.IndexesPlugin;
import dev.pgcraft.plugins.PkPlugin;
import dev.pgcraft.resolve.DimensionType;

import java.util.List;
import java.util.Set;

/**
 * {@code <ledger>}: the ledger table with the shared constraint, index, foreign-key and comment plugins (they
 * work on whatever table the {@code table} key holds), then immutability and the optional ledger rules, each a
 * plugin that generates nothing when its element is absent.
 */
public final class LedgerDimension implements DimensionType {

    @Override
    public String kind() {
        return LedgerDimensionConfig.KIND;
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new PkPlugin(PkType.IDENTITY), new EntryIdPlugin(), new LedgerTablePlugin(),
                new ConstraintsPlugin(), new IndexesPlugin(), new ForeignKeysPlugin(), new CommentsPlugin(),
                new ImmutableEntriesPlugin(), new DoubleEntryPlugin(), new BalancesPlugin(), new LatestPlugin(),
                new MinBalancePlugin(), new LedgerEventsPlugin());
    }

    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        return LedgerTablePlugin.referenceTarget(schema, name);
    }

    @Override
    public Set<String> generatedColumns() {
        return Set.of(PkPlugin.COLUMN, EntryIdPlugin.COLUMN, LedgerSql.CREATED_AT, LedgerSql.VALUE);
    }
}
