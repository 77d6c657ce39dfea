package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.DimensionSpec;
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
    public void check(DimensionSpec dimension, List<Problem> problems) {
        LedgerChecker.check(dimension, LedgerSource.of(dimension), problems);
    }

    @Override
    public void fragments(DimensionSpec dimension, FragmentSink fragments) {
        LedgerSource ledger = LedgerSource.of(dimension);
        String qualified = dimension.qualifiedName();
        List<String> names = List.of(dimension.name());
        if (ledger.minBalance() != null) {
            fragments.add(ledger.minBalance().min(), ledger.minBalance().location(),
                    "min of <minBalance> in " + qualified, names);
        }
        for (LedgerSource.Event event : ledger.events()) {
            List<String> eventNames = List.of(dimension.name(), event.name());
            fragments.add(event.input(), event.location(), "<input> of event \"" + event.name() + "\" in "
                    + qualified, eventNames);
            if (event.desired() != null) {
                fragments.add(event.desired().query(), event.desired().location(), "<desired> query of "
                        + "event \"" + event.name() + "\" in " + qualified, eventNames);
            }
        }
    }

    /**
     * The ledger's rules with canonical types. Read for the checks too, so a type that is no type stays as written
     * (the checks report it).
     */
    @Override
    public KindPart part(DimensionSpec dimension) {
        LedgerSource ledger = LedgerSource.of(dimension);
        List<LedgerPart.Event> events = new ArrayList<>();
        for (LedgerSource.Event event : ledger.events()) {
            List<LedgerPart.Param> params = new ArrayList<>();
            for (LedgerSource.Param param : event.params()) {
                params.add(new LedgerPart.Param(param.name(), canonical(param.type())));
            }
            events.add(new LedgerPart.Event(event.name(), params, event.input(), event.desired() == null
                    ? null : new LedgerPart.Desired(event.desired().diffKeys(), event.desired().query())));
        }
        LedgerSource.Member balance = ledger.balance();
        return new LedgerPart(canonical(ledger.valueType()), ledger.doubleEntry(),
                balance == null ? null : new LedgerPart.Balance(balance.groupBy(), balance.maintained(),
                        balance.location()),
                ledger.latest() == null ? null : ledger.latest().groupBy(),
                ledger.minBalance() == null ? null : new LedgerPart.MinBalance(ledger.minBalance().groupBy(),
                        ledger.minBalance().min()),
                events);
    }

    private static String canonical(String type) {
        return type != null && ColumnTypes.isValid(type) ? ColumnTypes.canonical(type) : String.valueOf(type);
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
