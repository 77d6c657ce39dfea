package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.LedgerPart;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.TemplateEngine;
import dev.pgcraft.model.sql.SqlText;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What the ledger plugins share about one ledger: its declaration, the names pgcraft gives its objects, and SQL
 * fragments over its group columns, already quoted.
 */
final class LedgerSql {

    static final String CREATED_AT = "created_at";
    static final String VALUE = "value";
    static final String BALANCE = "balance";

    private static final TemplateEngine TEMPLATES = new TemplateEngine(LedgerSql.class,
            "dev/pgcraft/kinds/ledger/templates/");

    private final PluginContext context;
    private final DimensionSpec dimension;
    private final LedgerPart ledger;

    LedgerSql(PluginContext context) {
        this.context = context;
        this.dimension = context.dimension();
        this.ledger = dimension.part(LedgerPart.class);
    }

    /** Renders one of the ledger's templates ({@code ledger-*.vm}): a function body without its dollar quotes. */
    static String render(String name, Map<String, Object> values) {
        return TEMPLATES.render(name, values);
    }

    LedgerPart ledger() {
        return ledger;
    }

    DimensionSpec dimension() {
        return dimension;
    }

    String schema() {
        return context.schema();
    }

    String name() {
        return dimension.name();
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
        return ledger.valueType();
    }

    /** What {@code sum(value)} returns for the value type: integer sums to bigint, bigint and numeric to numeric. */
    String sumType() {
        return valueType().equals("integer") ? "bigint" : "numeric";
    }

    /** The declared column of that name; the checker made sure group columns exist. */
    ColumnSpec column(String name) {
        return dimension.column(name).orElseThrow(() -> new IllegalStateException("unchecked group column " + name));
    }

    /**
     * {@code left.a = right.a AND …}: {@code =} for NOT NULL columns, so an index on the columns serves it, and
     * {@code IS NOT DISTINCT FROM} where NULL is a group of its own.
     */
    String sameGroup(List<String> columns, String left, String right) {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            String quoted = SqlText.ident(column);
            parts.add(left + "." + quoted + (column(column).nullable() ? " IS NOT DISTINCT FROM " : " = ")
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
        return ledger.balance() != null && ledger.balance().maintained()
                && ledger.balance().groupBy().equals(columns);
    }
}
