package dev.pgcraft.plugins.ledger;

import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the ledger plugins share about one ledger: its declaration, the names pgcraft gives its objects, and SQL
 * fragments over its group columns, already quoted.
 */
final class LedgerSql {

    static final String CREATED_AT = "created_at";
    static final String VALUE = "value";
    static final String BALANCE = "balance";

    private final PluginContext context;
    private final LedgerDimensionConfig ledger;

    LedgerSql(PluginContext context) {
        this.context = context;
        this.ledger = (LedgerDimensionConfig) context.dimension();
    }

    LedgerDimensionConfig ledger() {
        return ledger;
    }

    String schema() {
        return context.schema();
    }

    String name() {
        return ledger.getName();
    }

    ObjectId tableId() {
        return ObjectId.table(schema(), name());
    }

    /** The ledger table, quoted and schema-qualified. */
    String table() {
        return SqlText.qualified(schema(), name());
    }

    /** {@code 'schema.name'}: the ledger as messages name it. */
    String tableLiteral() {
        return SqlText.literal(schema() + "." + name());
    }

    /** {@code T_suffix}: a table, view or trigger derived from the ledger. */
    String derived(String suffix) {
        return ObjectNames.fit(name() + "_" + suffix);
    }

    /** {@code S_T_action}: pgcraft's name for a dimension's functions. */
    String functionName(String action) {
        return ObjectNames.dimensionFunction(schema(), name(), action);
    }

    /** The value column's type in PostgreSQL's spelling. */
    String valueType() {
        return ColumnTypes.canonical(ledger.getValueType());
    }

    /** What {@code sum(value)} returns for the value type: integer sums to bigint, bigint and numeric to numeric. */
    String sumType() {
        return valueType().equals("integer") ? "bigint" : "numeric";
    }

    /** The declared column of that name; the checker made sure group columns exist. */
    ColumnConfig column(String name) {
        return ledger.getColumns().stream().filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unchecked group column " + name));
    }

    /**
     * {@code left.a = right.a AND …}: {@code =} for NOT NULL columns, so an index on the columns serves it, and
     * {@code IS NOT DISTINCT FROM} where NULL is a group of its own.
     */
    String sameGroup(List<String> columns, String left, String right) {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            String quoted = SqlText.ident(column);
            parts.add(left + "." + quoted + (column(column).isNullable() ? " IS NOT DISTINCT FROM " : " = ")
                    + right + "." + quoted);
        }
        return String.join(" AND ", parts);
    }

    /** {@code alias.a, alias.b}. */
    static String columnsOf(String alias, List<String> columns) {
        return String.join(", ", columns.stream().map(c -> alias + "." + SqlText.ident(c)).toList());
    }

    /** {@code 'a=' || coalesce(alias.a::text, 'NULL') || ', b=' || …}: a group as an error message shows it. */
    static String describeGroup(String alias, List<String> columns) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            parts.add(SqlText.literal((i == 0 ? "" : ", ") + column + "=") + " || coalesce(" + alias + "."
                    + SqlText.ident(column) + "::text, 'NULL')");
        }
        return String.join(" || ", parts);
    }

    /**
     * {@code pg_advisory_xact_lock(ledger, group)}: the lock that serialises writers of one group. The first key is
     * fixed per ledger (from its name, computed here so it costs nothing at run time); the second hashes the group's
     * values. A hash collision only makes two groups wait for each other, never lets one through.
     */
    String groupLock(String alias, List<String> columns) {
        int ledgerKey = HexFormat.fromHexDigits(ObjectNames.shortHash(schema() + "." + name()));
        return "pg_catalog.pg_advisory_xact_lock(" + ledgerKey + ", pg_catalog.hashtext(ROW("
                + columnsOf(alias, columns) + ")::text))";
    }

    /** Whether the maintained balances table holds exactly the groups of {@code columns}. */
    boolean maintainedBalancesFor(List<String> columns) {
        return ledger.getBalance() != null && ledger.getBalance().isMaintained()
                && ledger.getBalance().getGroupBy().equals(columns);
    }
}
