package dev.pgcraft.plugins;

import dev.pgcraft.model.spi.ContextKey;

/** The context keys of the built-in kinds beyond {@link dev.pgcraft.model.spi.CoreKeys}. */
public final class BuiltinKeys {

    /** The backing tables of an append-only dimension. */
    public static final ContextKey<AppendOnlyTables> APPEND_ONLY = ContextKey.of("appendOnly", AppendOnlyTables.class);

    /** An eav dimension's tables and the value column of each attribute. */
    public static final ContextKey<EavStorage> EAV = ContextKey.of("eav", EavStorage.class);

    private BuiltinKeys() {
    }
}
