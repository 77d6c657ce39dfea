package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;

/**
 * {@code <latest groupBy="…"/>}: the view {@code S.T_latest}, the newest row of each group ({@code DISTINCT ON}
 * the group, newest {@code created_at} first, then highest {@code id}, as rows of one transaction share their
 * {@code created_at}). The columns are listed rather than {@code *}, so adding a column to the ledger changes
 * the view's text and the migration recreates it with the new column.
 */
@Requires("table")
public final class LatestPlugin implements Plugin {

    @Override
    public String name() {
        return "latest";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        List<String> latest = sql.ledger().latest();
        if (latest == null) {
            return;
        }
        Table table = context.get(CoreKeys.TABLE);
        String groups = LedgerSql.columnsOf("l", latest);
        String query = "SELECT DISTINCT ON (" + groups + ") "
                + LedgerSql.columnsOf("l", table.columns().stream().map(Column::name).toList())
                + "\n  FROM " + sql.table() + " AS l\n ORDER BY " + groups + ", l."
                + SqlText.ident(LedgerSql.CREATED_AT) + " DESC, l." + SqlText.ident(table.columns().get(0).name())
                + " DESC";
        context.add(new View(sql.schema(), sql.derived("latest"), query, false, List.of(table.id())));
    }
}
