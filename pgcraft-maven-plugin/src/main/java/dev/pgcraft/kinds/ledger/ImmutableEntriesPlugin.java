package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;

import java.util.List;
import java.util.Map;

/**
 * Entries are immutable on the table itself, not only through a view: {@code T_immutable}, a row-level BEFORE
 * UPDATE OR DELETE trigger, and {@code T_no_truncate}, a statement-level BEFORE TRUNCATE trigger (the only level
 * TRUNCATE fires), both calling {@code S.S_T_immutable()}, which always raises. Row level means a statement that
 * touches no row succeeds, and it also fires for the deletes and updates a foreign key's ON DELETE CASCADE or SET
 * NULL issues, so a referenced row cannot take ledger rows with it.
 */
@Requires("table")
public final class ImmutableEntriesPlugin implements Plugin {

    @Override
    public String name() {
        return "immutable-entries";
    }

    @Override
    public void apply(PluginContext context) {
        LedgerSql sql = new LedgerSql(context);
        Table table = context.get(CoreKeys.TABLE);
        SqlFunction function = new SqlFunction(sql.schema(), sql.functionName("immutable"), List.of(), List.of(),
                "trigger", "plpgsql", LedgerSql.render("ledger-immutable", Map.of()), "VOLATILE", false,
                null, List.of());
        context.add(function);
        context.add(new Trigger(sql.schema(), table.name(), false, sql.derived("immutable"), "BEFORE",
                List.of("UPDATE", "DELETE"), true, false, null, function.id()));
        context.add(new Trigger(sql.schema(), table.name(), false, sql.derived("no_truncate"), "BEFORE",
                List.of("TRUNCATE"), false, false, null, function.id()));
    }
}
