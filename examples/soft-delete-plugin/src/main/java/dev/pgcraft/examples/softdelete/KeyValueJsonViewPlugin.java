package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.sql.SqlText;

import java.util.List;

/**
 * The view {@code S.T_json} of a {@code <sd:keyValue>}: one row, one column {@code entries}, the whole store as a
 * JSON object ({@code {}} when it is empty). Identifiers are quoted in Java, as every generated SQL must be.
 */
@Requires("table")
record KeyValueJsonViewPlugin() implements Plugin {

    @Override
    public String name() {
        return "sd:keyValue-json";
    }

    @Override
    public void apply(PluginContext context) {
        Table table = context.get(CoreKeys.TABLE);
        String query = "SELECT COALESCE(jsonb_object_agg(" + SqlText.ident(KeyValueKind.KEY) + ", to_jsonb("
                + SqlText.ident(KeyValueKind.VALUE) + ")), '{}'::jsonb) AS entries\n   FROM "
                + SqlText.qualified(table.schema(), table.name());
        context.add(new View(table.schema(), ObjectNames.fit(table.name() + "_json"), query, false,
                List.of(table.id()), List.of(new ViewColumn("entries", "jsonb", null))));
    }
}
