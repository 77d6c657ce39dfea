package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;
import java.util.Map;

/**
 * Raw-table protection for dimensions written through a view ({@code appendOnly}, {@code eav}): a direct INSERT,
 * UPDATE, DELETE or TRUNCATE on a backing table raises an error that names the view to write through, while the
 * view's own INSTEAD OF triggers still write (pgcraft's {@code pg_trigger_depth()} rule).
 *
 * <p>One statement-level trigger per table: it costs one call per statement, not per row, and it is the only
 * level that sees TRUNCATE, which would otherwise erase the history in one go.
 */
final class RawTableProtection {

    /** Events refused on the raw tables, in {@link Trigger}'s order. */
    private static final List<String> EVENTS = List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE");

    private RawTableProtection() {
    }

    /**
     * Adds {@code S.S_T_protect()} and a {@code T_protect} trigger on each of {@code tables}.
     *
     * @param kind the dimension kind, for the hint ({@code appendOnly}, {@code eav})
     * @param view the dimension's view, which is where writes go
     */
    public static void protect(PluginContext context, String kind, String view, List<Table> tables) {
        String schema = context.schema();
        String body = FunctionTemplates.render("protect-raw-table", Map.of(
                "view", SqlText.literal(schema + "." + view),
                "kind", SqlText.literal(kind)));
        SqlFunction function = new SqlFunction(schema, ObjectNames.dimensionFunction(schema, view, "protect"), List.of(), List.of(), "trigger",
                "plpgsql", body, "VOLATILE", false, null, List.of());
        context.add(function);
        for (Table table : tables) {
            context.add(new Trigger(schema, table.name(), false, ObjectNames.fit(table.name() + "_protect"), "BEFORE",
                    EVENTS, false, false, null, function.id()));
        }
    }
}
