package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.PluginContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes a dimension writable through its view ({@code appendOnly}, {@code eav}): the INSTEAD OF functions
 * {@code S_T_insert}, {@code S_T_update}, {@code S_T_delete} with their triggers {@code T_insert} …, the protection
 * of the tables behind the view, and the dimension's comments on the view, the object users see.
 *
 * <p>The write functions are {@code SECURITY DEFINER} with {@link SqlFunction#PINNED_SEARCH_PATH} and every name
 * in their bodies qualified: a role granted only the view (PostgREST) can then write through it without privileges
 * on the raw tables — the owner-rights rule PostgreSQL already applies to reading a view. The protection function
 * stays SECURITY INVOKER.
 */
public final class ViewWrites {

    private ViewWrites() {
    }

    /**
     * @param kind   the dimension kind, for the protection's hint
     * @param bodies the PL/pgSQL body for {@code INSERT}, {@code UPDATE} and {@code DELETE}, in that order
     * @param tables the tables behind the view: what the functions write and what is protected
     */
    public static void add(PluginContext context, String kind, View view, Map<String, String> bodies, List<Table> tables) {
        String schema = view.schema();
        List<ObjectId> uses = tables.stream().map(Table::id).toList();
        for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
            String action = event.toLowerCase(Locale.ROOT);
            SqlFunction function = new SqlFunction(schema, ObjectNames.dimensionFunction(schema, view.name(), action),
                    List.of(), List.of(), "trigger", "plpgsql", bodies.get(event), "VOLATILE", true,
                    SqlFunction.PINNED_SEARCH_PATH, uses);
            context.add(function);
            context.add(new Trigger(schema, view.name(), true, ObjectNames.fit(view.name() + "_" + action),
                    "INSTEAD OF", List.of(event), true, false, null, function.id()));
        }
        RawTableProtection.protect(context, kind, view.name(), tables);
        CommentsPlugin.addComments(context, view.id());
    }
}
