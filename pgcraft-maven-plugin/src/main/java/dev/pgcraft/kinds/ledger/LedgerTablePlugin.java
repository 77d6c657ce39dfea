package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;
import dev.pgcraft.kinds.simple.SimpleDimension;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ledger table {@code S.T}: {@code id}, {@code entry_id}, {@code created_at}, {@code value}, then the user's
 * columns; its primary key; and the indexes its rules read through: {@code entry_id} (an entry's rows) and each
 * group list a balance view or minimum balance sums by, unless the user declared that index already.
 */
@Requires({"pk", "entryId"})
@Produces("table")
@SingletonGroup("table")
public final class LedgerTablePlugin implements Plugin {

    @Override
    public String name() {
        return "ledger-table";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        Column key = context.get(CoreKeys.PK).column();
        List<Column> columns = new ArrayList<>();
        columns.add(key);
        columns.add(context.get(LedgerKeys.ENTRY_ID));
        columns.add(new Column(LedgerSql.CREATED_AT, "timestamp with time zone", false, "now()", Identity.NONE));
        columns.add(new Column(LedgerSql.VALUE, sql.valueType(), false, null, Identity.NONE));
        for (ColumnSpec column : sql.dimension().columns()) {
            columns.add(column.toColumn());
        }
        Table table = new Table(context.schema(), sql.name(), columns);
        context.add(table);
        context.add(Constraint.primaryKey(context.schema(), table.name(),
                PrimaryKey.constraintName(table.name(), key.name()), List.of(key.name())));
        for (List<String> indexed : readPaths(sql.ledger())) {
            String name = ObjectNames.derived("ix", table.name(), indexed);
            if (!declared(sql.dimension(), indexed, name)) {
                context.add(new Index(context.schema(), table.name(), name, false, "btree",
                        indexed.stream().map(IndexKey::column).toList(), null));
            }
        }
        context.put(CoreKeys.TABLE, table);
    }

    /** Where a foreign key to a ledger lands: its {@code id}, like a simple dimension's. */
    static ReferenceTarget referenceTarget(String schema, String name) {
        return SimpleDimension.tableTarget(schema, name);
    }

    /** The column lists the ledger's own SQL looks rows up by, without repeats. */
    private static Set<List<String>> readPaths(LedgerPart ledger) {
        Set<List<String>> paths = new LinkedHashSet<>();
        paths.add(List.of(EntryIdPlugin.COLUMN));
        if (ledger.balance() != null) {
            paths.add(ledger.balance().groupBy());
        }
        if (ledger.minBalance() != null) {
            paths.add(ledger.minBalance().groupBy());
        }
        return paths;
    }

    /**
     * Whether the user declared this index already: same columns (a partial one would not serve every lookup, but
     * it takes the derived name, which a second index cannot have), or the derived name itself.
     */
    private static boolean declared(DimensionSpec ledger, List<String> columns, String name) {
        for (IndexSpec index : ledger.indexes()) {
            if (index.columns().equals(columns) || name.equals(index.name())) {
                return true;
            }
        }
        return false;
    }
}
