package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.SchemaState;

import java.util.List;

/**
 * What the last {@code generate} produced: the schema state it generated up to, and the migration files that
 * lead there.
 */
public record Snapshot(SchemaState state, List<KnownMigration> migrations) {

    public Snapshot {
        migrations = List.copyOf(migrations);
    }

    /** Before the first {@code generate}: nothing exists yet. */
    public static Snapshot initial() {
        return new Snapshot(SchemaState.empty(), List.of());
    }
}
