package dev.pgcraft.kinds.ledger;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.spi.ContextKey;

/** The context keys only ledger plugins exchange. */
public final class LedgerKeys {

    /** The column that ties the rows of one entry together. */
    public static final ContextKey<Column> ENTRY_ID = ContextKey.of("entryId", Column.class);

    private LedgerKeys() {
    }
}
