package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <balance groupBy="…"/>}: {@code S.T_balances}, the group columns and {@code balance}, the sum of
 * {@code value}. A view by default, which sums the group's rows on every read (through the group index).
 *
 * <p>With {@code maintained="true"} the same name is a table with the group columns as primary key, kept by
 * {@code T_balances_maintain}, an AFTER INSERT row trigger that upserts the group's row: a lookup reads one row
 * whatever the number of entries. The price is contention: every insert into a group updates that group's one
 * row, so concurrent writers of one group queue on its row lock until the first commits (writers of different
 * groups do not). Readers see the same name and columns either way. The trigger function is SECURITY DEFINER
 * (search_path pinned, every name qualified) so inserting roles need no write right on the balances, which
 * nobody should write directly. Created on a ledger that has rows, the table is filled from them in the same
 * migration.
 */
@Requires("table")
public final class BalancesPlugin implements Plugin {

    @Override
    public String name() {
        return "balances";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        LedgerPart.Balance balance = sql.ledger().balance();
        if (balance == null) {
            return;
        }
        List<String> groupBy = balance.groupBy();
        String groups = LedgerSql.columnsOf("l", groupBy);
        String sums = "SELECT " + groups + ", pg_catalog.sum(l." + SqlText.ident(LedgerSql.VALUE) + ")::"
                + sql.sumType() + " AS " + SqlText.ident(LedgerSql.BALANCE) + "\n  FROM " + sql.table()
                + " AS l\n GROUP BY " + groups;
        String name = sql.derived("balances");
        if (!balance.maintained()) {
            context.add(new View(sql.schema(), name, sums, false, List.of(sql.tableId())));
            return;
        }
        List<Column> columns = new ArrayList<>();
        for (String column : groupBy) {
            Column declared = sql.column(column).toColumn();
            columns.add(new Column(declared.name(), declared.type(), false, null, Identity.NONE));
        }
        columns.add(new Column(LedgerSql.BALANCE, sql.sumType(), false, null, Identity.NONE));
        Table table = new Table(sql.schema(), name, columns, new Table.InitialRows(sql.tableId(), sums));
        context.add(table);
        context.add(Constraint.primaryKey(sql.schema(), name, PrimaryKey.constraintName(name,
                String.join("_", groupBy)), groupBy));
        List<String> quoted = groupBy.stream().map(SqlText::ident).toList();
        SqlFunction function = new SqlFunction(sql.schema(), sql.functionName("balances_maintain"), List.of(),
                List.of(), "trigger", "plpgsql", LedgerSql.render("ledger-maintain-balance", Map.of(
                        "balances", SqlText.qualified(sql.schema(), name),
                        "columns", String.join(", ", quoted),
                        "values", LedgerSql.columnsOf("NEW", groupBy),
                        "balance", SqlText.ident(LedgerSql.BALANCE),
                        "value", SqlText.ident(LedgerSql.VALUE))),
                "VOLATILE", true, SqlFunction.PINNED_SEARCH_PATH, List.of(table.id()));
        context.add(function);
        context.add(new Trigger(sql.schema(), sql.name(), false, sql.derived("balances_maintain"), "AFTER",
                List.of("INSERT"), true, false, null, function.id()));
    }
}
