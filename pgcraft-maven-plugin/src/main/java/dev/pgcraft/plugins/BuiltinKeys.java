package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.ContextKey;

/** The context keys built-in plugins exchange. */
public final class BuiltinKeys {

    /** The dimension's key column. */
    public static final ContextKey<PrimaryKey> PK = ContextKey.of("pk", PrimaryKey.class);

    /** The table that holds the dimension's rows. */
    public static final ContextKey<Table> TABLE = ContextKey.of("table", Table.class);

    /** The backing tables of an append-only dimension. */
    public static final ContextKey<AppendOnlyTables> APPEND_ONLY = ContextKey.of("appendOnly", AppendOnlyTables.class);

    /** An eav dimension's tables and the value column of each attribute. */
    public static final ContextKey<EavStorage> EAV = ContextKey.of("eav", EavStorage.class);

    private BuiltinKeys() {
    }
}
