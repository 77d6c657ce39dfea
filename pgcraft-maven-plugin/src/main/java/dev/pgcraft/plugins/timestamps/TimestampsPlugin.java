package dev.pgcraft.plugins.timestamps;

import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;

/**
 * Keeps {@code updated_at} on every update of a dimension that has one its kind does not maintain (the column
 * {@link TimestampsTransform} added, or one the user declared): {@code S.S_T_touch()} sets
 * {@code NEW.updated_at := now()} and returns the row, fired
 * <ul>
 *   <li>on a table ({@code simple}): by {@code T_touch}, BEFORE UPDATE FOR EACH ROW;</li>
 *   <li>on a view written through INSTEAD OF triggers ({@code eav}): by {@code T_touch}, INSTEAD OF UPDATE FOR EACH
 *       ROW, which PostgreSQL fires before the dimension's own {@code T_update} (triggers fire in name order, and
 *       the row it returns is the one the next trigger sees), so the dimension writes the new value like any other
 *       changed column.</li>
 * </ul>
 * A kind that generates {@code updated_at} itself ({@code appendOnly}) keeps it without help. SECURITY INVOKER, and
 * the one function it calls is schema-qualified.
 */
public final class TimestampsPlugin implements Plugin {

    @Override
    public String name() {
        return "timestamps";
    }

    @Override
    public void apply(PluginContext context) {
        DimensionSpec dimension = context.dimension();
        if (dimension.column(TimestampsTransform.UPDATED_AT).isEmpty()) {
            return;
        }
        ObjectId relation = context.relation();
        String schema = context.schema();
        SqlFunction touch = new SqlFunction(schema, ObjectNames.dimensionFunction(schema, dimension.name(), "touch"),
                List.of(), List.of(), "trigger", "plpgsql",
                "BEGIN\n    NEW." + SqlText.ident(TimestampsTransform.UPDATED_AT)
                        + " := pg_catalog.now();\n    RETURN NEW;\nEND;",
                "VOLATILE", false, null, List.of());
        context.add(touch);
        boolean view = relation.kind() == ObjectKind.VIEW;
        context.add(new Trigger(schema, relation.name(), view, ObjectNames.fit(relation.name() + "_touch"),
                view ? "INSTEAD OF" : "BEFORE", List.of("UPDATE"), true, false, null, touch.id()));
    }
}
