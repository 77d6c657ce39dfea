package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.Table;

/**
 * The context keys every dimension kind's plugins exchange, and so the ones a third-party plugin can build on:
 * declare {@code @Requires("table")} and read {@link #TABLE} to add to the dimension's table.
 */
public final class CoreKeys {

    /** The dimension's key column ({@code pk} plugins). */
    public static final ContextKey<PrimaryKey> PK = ContextKey.of("pk", PrimaryKey.class);

    /** The table that holds the dimension's rows (for appendOnly its root, for eav absent). */
    public static final ContextKey<Table> TABLE = ContextKey.of("table", Table.class);

    private CoreKeys() {
    }
}
