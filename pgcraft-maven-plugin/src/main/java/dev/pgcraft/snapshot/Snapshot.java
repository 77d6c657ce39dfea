package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.SchemaState;

import java.util.ArrayList;
import java.util.List;

/**
 * What the last {@code generate} produced: the schema state it generated up to, the migration files that lead
 * there, and the head of their {@link MigrationChain}.
 *
 * <p>The chain values are kept as read, not recomputed, so that {@code check} can compare them with
 * {@link MigrationChain#of} and name a snapshot that was edited by hand.
 *
 * @param chain the last link of the chain as stored (top-level in the file); {@link MigrationChain#START} when
 *              no migration is known
 */
public record Snapshot(SchemaState state, List<KnownMigration> migrations, String chain) {

    public Snapshot {
        migrations = List.copyOf(migrations);
    }

    /** Before the first {@code generate}: nothing exists yet. */
    public static Snapshot initial() {
        return new Snapshot(SchemaState.empty(), List.of(), MigrationChain.START);
    }

    /**
     * The snapshot after {@code generate} wrote one more migration leading to {@code state}: the migration is
     * appended to the known ones and the chain extended from this snapshot's head.
     */
    public Snapshot append(SchemaState state, String version, String script, String checksum) {
        String link = MigrationChain.next(chain, version, script, checksum);
        List<KnownMigration> known = new ArrayList<>(migrations);
        known.add(new KnownMigration(version, script, checksum, link));
        return new Snapshot(state, known, link);
    }
}
