package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;
import java.util.Map;

/**
 * {@code <doubleEntry/>}: the signed values of each entry sum to zero, checked at commit. Debits are negative and
 * credits positive in the one {@code value} column (no direction column: a sum is then the balance, and no row can
 * disagree with its own direction). A deferred constraint trigger ({@code T_double_entry}, AFTER INSERT FOR EACH
 * ROW, DEFERRABLE INITIALLY DEFERRED) runs {@code S.S_T_check_entry()} for each inserted row when the transaction
 * commits, so the rows of one entry may arrive in several statements. Nothing is generated without the element.
 */
@Requires("table")
@SingletonGroup("doubleEntry")
public final class DoubleEntryPlugin implements Plugin {

    @Override
    public String name() {
        return "double-entry";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        if (!sql.ledger().doubleEntry()) {
            return;
        }
        SqlFunction function = new SqlFunction(sql.schema(), sql.functionName("check_entry"), List.of(), List.of(),
                "trigger", "plpgsql", LedgerSql.render("ledger-double-entry", Map.of(
                        "table", sql.table(), "tableLiteral", sql.tableLiteral(),
                        "entryId", SqlText.ident(EntryIdPlugin.COLUMN), "value", SqlText.ident(LedgerSql.VALUE))),
                // SECURITY DEFINER (search_path pinned, every name qualified): an entry is checked whoever inserts
                // it, also a role that may insert but not read the ledger, such as an API role.
                "VOLATILE", true, SqlFunction.PINNED_SEARCH_PATH, List.of(sql.tableId()));
        context.add(function);
        context.add(new Trigger(sql.schema(), sql.name(), false, sql.derived("double_entry"), "AFTER",
                List.of("INSERT"), true, true, null, function.id()));
    }
}
