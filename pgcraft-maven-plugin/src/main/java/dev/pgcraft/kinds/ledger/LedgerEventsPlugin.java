package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <event name="e">}: the SQL function {@code S.S_T_e(params…) RETURNS SETOF S.T}, which inserts one entry
 * (every row gets one new {@code entry_id}) and returns its rows.
 *
 * <p>The queries refer to the parameters by name, as SQL functions allow. Their rows are matched to the ledger's
 * columns by name ({@code to_jsonb} of the row, then {@code jsonb_populate_record} of the ledger's row type), so a
 * query need give only {@code value} and the columns it cares about; a column it leaves out gets its default.
 * In diff mode ({@code <desired diffKeys="…">}) the function first takes the same per-group advisory locks as the
 * minimum balance, in group order, then inserts, per group, the desired value minus the current balance where
 * they differ: a second call with the same arguments finds nothing to do. Rows are inserted in group order so
 * concurrent events lock groups in the same order.
 *
 * <p>The functions are SECURITY INVOKER: PostgreSQL lets every role execute a new function, so a definer's
 * function would let anyone write entries; the caller's own right to insert into the ledger decides.
 */
@Requires("table")
public final class LedgerEventsPlugin implements Plugin {

    @Override
    public String name() {
        return "ledger-events";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        for (LedgerPart.Event event : sql.ledger().events()) {
            List<String> arguments = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (LedgerPart.Param param : event.params()) {
                String type = param.type();
                arguments.add(SqlText.ident(param.name()) + " " + type);
                types.add(type);
            }
            context.add(new SqlFunction(sql.schema(), sql.functionName(event.name()), arguments, types,
                    "SETOF " + sql.table(), "sql", body(sql, event), "VOLATILE", false, null,
                    List.of(sql.tableId()), List.of(sql.tableId())));
        }
    }

    private static String body(LedgerSql sql, LedgerPart.Event event) {
        LedgerPart.Desired desired = event.desired();
        String lock = "";
        String rows;
        String value = SqlText.ident(LedgerSql.VALUE);
        if (desired == null) {
            rows = "SELECT pg_catalog.to_jsonb(q) AS j\n  FROM (\n" + event.input().strip() + "\n) AS q";
        } else {
            List<String> keys = desired.diffKeys();
            String query = desired.query().strip();
            lock = "SELECT pg_catalog.count(*) FROM (\n  SELECT " + sql.groupLock("d", keys) + "\n    FROM (\n"
                    + query + "\n) AS d\n   ORDER BY " + LedgerSql.columnsOf("d", keys) + "\n) AS locked;\n";
            rows = "SELECT pg_catalog.to_jsonb(d) || pg_catalog.jsonb_build_object('value', d." + value
                    + " - coalesce(c.balance, 0)) AS j\n  FROM (\n" + query + "\n) AS d\n"
                    + "  LEFT JOIN LATERAL (SELECT pg_catalog.sum(t." + value + ") AS balance FROM " + sql.table()
                    + " AS t WHERE " + sql.sameGroup(keys, "t", "d") + ") AS c ON true\n"
                    + " WHERE d." + value + " IS DISTINCT FROM coalesce(c.balance, 0)";
        }
        List<String> columns = new ArrayList<>(List.of(value));
        List<String> values = new ArrayList<>(List.of("r." + value));
        for (ColumnSpec column : sql.dimension().columns()) {
            String quoted = SqlText.ident(column.name());
            columns.add(quoted);
            values.add(column.defaultValue() == null ? "r." + quoted
                    : "CASE WHEN pg_catalog.jsonb_exists(given.j, " + SqlText.literal(column.name()) + ") THEN r."
                    + quoted + " ELSE " + column.defaultValue() + " END");
        }
        List<String> order = lockOrder(sql);
        return LedgerSql.render("ledger-event", Map.of(
                "lock", lock,
                "rows", rows,
                "table", sql.table(),
                "entryId", SqlText.ident(EntryIdPlugin.COLUMN),
                "columns", String.join(", ", columns),
                "values", String.join(",\n       ", values),
                "orderBy", order.isEmpty() ? "" : " ORDER BY " + LedgerSql.columnsOf("r", order) + "\n"));
    }

    /** The groups whose rows the insert locks (minimum balance, else maintained balances), to insert in their order. */
    private static List<String> lockOrder(LedgerSql sql) {
        if (sql.ledger().minBalance() != null) {
            return sql.ledger().minBalance().groupBy();
        }
        LedgerPart.Balance balance = sql.ledger().balance();
        return balance != null && balance.maintained() ? balance.groupBy() : List.of();
    }
}
