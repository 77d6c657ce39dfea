package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;
import java.util.Map;

/**
 * {@code <minBalance groupBy="…" min="…"/>}: {@code T_min_balance}, an AFTER INSERT row trigger running
 * {@code S.S_T_min_balance()}, refuses an insert that leaves its group below {@code min}, naming the group and the
 * balance it would reach. AFTER, so a statement is judged by where it leaves the group (a multi-row entry that
 * first takes and then gives back passes). Only rows that take (negative value) are checked, by the trigger's WHEN, so a deposit costs no call: adding to a group is
 * always allowed, so a group that was below the minimum before the rule was added can be topped up.
 *
 * <p>Locking, so two sessions cannot together overdraw a group: before summing, the trigger takes a
 * transaction-scoped advisory lock on (ledger, group); a second writer of the group waits until the first
 * commits or rolls back, then sums again with a fresh snapshot (READ COMMITTED) and sees the first one's rows.
 * When maintained balances group by the same columns, the group's balance row is read instead of summing: the
 * maintaining trigger ({@code T_balances_maintain}, which fires first because triggers fire in name order) has
 * already row-locked it with its upsert, which serialises writers the same way. Event functions insert their
 * rows in group order, so two events locking the same groups lock them in the same order and cannot deadlock;
 * hand-written multi-row inserts touching several groups in opposite orders may (PostgreSQL then aborts one,
 * which can retry). Under REPEATABLE READ the second writer keeps its old snapshot and would not see the first's
 * rows; use READ COMMITTED (the default) or SERIALIZABLE for inserts into such a ledger.
 */
@Requires("table")
public final class MinBalancePlugin implements Plugin {

    @Override
    public String name() {
        return "min-balance";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        LedgerPart.MinBalance min = sql.ledger().minBalance();
        if (min == null) {
            return;
        }
        List<String> groupBy = min.groupBy();
        boolean maintained = sql.maintainedBalancesFor(groupBy);
        String balance;
        ObjectId reads;
        if (maintained) {
            String balances = sql.derived("balances");
            reads = ObjectId.table(sql.schema(), balances);
            balance = "SELECT b." + SqlText.ident(LedgerSql.BALANCE) + " FROM " + SqlText.qualified(sql.schema(),
                    balances) + " AS b WHERE " + sql.sameGroup(groupBy, "b", "NEW");
        } else {
            reads = sql.tableId();
            balance = "SELECT coalesce(pg_catalog.sum(l." + SqlText.ident(LedgerSql.VALUE) + "), 0) FROM "
                    + sql.table() + " AS l WHERE " + sql.sameGroup(groupBy, "l", "NEW");
        }
        SqlFunction function = new SqlFunction(sql.schema(), sql.functionName("min_balance"), List.of(), List.of(),
                "trigger", "plpgsql", LedgerSql.render("ledger-min-balance", Map.of(
                        "lock", maintained ? "" : "PERFORM " + sql.groupLock("NEW", groupBy) + ";",
                        "balance", balance,
                        "min", min.min(),
                        "group", LedgerSql.describeGroup("NEW", groupBy),
                        "tableLiteral", sql.tableLiteral())),
                // SECURITY DEFINER (search_path pinned, every name qualified): the rule holds for every inserting
                // role, also one that may not read the ledger's balances itself, such as an API role.
                "VOLATILE", true, SqlFunction.PINNED_SEARCH_PATH, List.of(reads));
        context.add(function);
        context.add(new Trigger(sql.schema(), sql.name(), false, sql.derived("min_balance"), "AFTER",
                List.of("INSERT"), true, false, "NEW." + SqlText.ident(LedgerSql.VALUE) + " < 0", function.id()));
    }
}
