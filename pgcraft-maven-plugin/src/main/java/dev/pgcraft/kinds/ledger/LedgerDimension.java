package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.config.BalanceConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.EventParamConfig;
import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.LedgerEventConfig;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.KindPart;
import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.FragmentSink;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.plugins.CommentsPlugin;
import dev.pgcraft.plugins.ConstraintsPlugin;
import dev.pgcraft.plugins.ForeignKeysPlugin;
import dev.pgcraft.plugins.IndexesPlugin;
import dev.pgcraft.plugins.PkPlugin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code <ledger>}: the ledger table with the shared constraint, index, foreign-key and comment plugins (they
 * work on whatever table the {@code table} key holds), then immutability and the optional ledger rules, each a
 * plugin that generates nothing when its element is absent.
 */
public final class LedgerDimension implements DimensionKind {

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
    public Map<String, String> generatedColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(PrimaryKey.COLUMN, "the primary key; its type comes from <pk type=\"…\"/>");
        columns.put(EntryIdPlugin.COLUMN, "the id the rows of one entry share");
        columns.put(LedgerSql.CREATED_AT, "when the row was inserted");
        columns.put(LedgerSql.VALUE, "the signed amount, of the ledger's valueType");
        return columns;
    }

    @Override
    public void check(DimensionConfig dimension, String qualified, List<Problem> problems) {
        LedgerChecker.check(qualified, (LedgerDimensionConfig) dimension, problems);
    }

    @Override
    public void fragments(DimensionConfig dimension, String qualified, FragmentSink fragments) {
        LedgerDimensionConfig ledger = (LedgerDimensionConfig) dimension;
        List<String> names = List.of(ledger.getName());
        if (ledger.getMinBalance() != null) {
            fragments.add(ledger.getMinBalance().getMin(), ledger.getMinBalance().getLocation(),
                    "min of <minBalance> in " + qualified, names);
        }
        for (LedgerEventConfig event : ledger.getEvents()) {
            List<String> eventNames = List.of(ledger.getName(), event.getName());
            fragments.add(event.getInput(), event.getLocation(), "<input> of event \"" + event.getName() + "\" in "
                    + qualified, eventNames);
            if (event.getDesired() != null) {
                fragments.add(event.getDesired().getQuery(), event.getDesired().getLocation(), "<desired> query of "
                        + "event \"" + event.getName() + "\" in " + qualified, eventNames);
            }
        }
    }

    /** The ledger's rules with canonical types; the checker has made sure the types are valid. */
    @Override
    public KindPart part(DimensionConfig dimension) {
        LedgerDimensionConfig ledger = (LedgerDimensionConfig) dimension;
        BalanceConfig balance = ledger.getBalance();
        List<LedgerPart.Event> events = new ArrayList<>();
        for (LedgerEventConfig event : ledger.getEvents()) {
            List<LedgerPart.Param> params = new ArrayList<>();
            for (EventParamConfig param : event.getParams()) {
                params.add(new LedgerPart.Param(param.getName(), ColumnTypes.canonical(param.getType())));
            }
            events.add(new LedgerPart.Event(event.getName(), params, event.getInput(), event.getDesired() == null
                    ? null : new LedgerPart.Desired(event.getDesired().getDiffKeys(), event.getDesired().getQuery())));
        }
        return new LedgerPart(ColumnTypes.canonical(ledger.getValueType()), ledger.getDoubleEntry() != null,
                balance == null ? null : new LedgerPart.Balance(balance.getGroupBy(), balance.isMaintained(),
                        balance.getLocation()),
                ledger.getLatest() == null ? null : ledger.getLatest().getGroupBy(),
                ledger.getMinBalance() == null ? null : new LedgerPart.MinBalance(ledger.getMinBalance().getGroupBy(),
                        ledger.getMinBalance().getMin()),
                events);
    }

    @Override
    public ObjectId relation(String schema, String name) {
        return ObjectId.table(schema, name);
    }

    /** Entries are immutable: they are read and inserted, never updated or deleted. */
    @Override
    public Set<DimensionSurface.Verb> verbs() {
        return EnumSet.of(DimensionSurface.Verb.SELECT, DimensionSurface.Verb.INSERT);
    }
}
