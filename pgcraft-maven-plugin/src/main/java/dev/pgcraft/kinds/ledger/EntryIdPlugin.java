package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.SingletonGroup;

/**
 * {@code entry_id uuid}: all rows of one entry share it. It defaults to a fresh {@code gen_random_uuid()}, so a
 * single-row entry needs no id of its own; a multi-row entry gives every row the same one.
 */
@Produces("entryId")
@SingletonGroup("entryId")
public final class EntryIdPlugin implements Plugin {

    /** The column's name; users may not declare a column of that name in a ledger. */
    public static final String COLUMN = "entry_id";

    @Override
    public String name() {
        return "entry-id";
    }

    @Override
    public void apply(PluginContext context) {
        context.put(LedgerKeys.ENTRY_ID, new Column(COLUMN, "uuid", false, "gen_random_uuid()", Identity.NONE));
    }
}
