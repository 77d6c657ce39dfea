package dev.pgcraft.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MigrationChainTest {

    private static final List<KnownMigration> MIGRATIONS = List.of(
            new KnownMigration("1", "V1__init.sql", "sha256:" + "a".repeat(64), null),
            new KnownMigration("2", "V2__add_price.sql", "sha256:" + "b".repeat(64), null),
            new KnownMigration("2.1", "V2_1__backfill.sql", "sha256:" + "c".repeat(64), null));

    /*
     * Known answers, computed outside Java (Python's hashlib) from the formula in MigrationChain's javadoc. They
     * are in users' committed snapshots: if this test fails, the chain changed and every snapshot would look
     * tampered with.
     */
    @Test
    void theChainOfAFixedListIsStable() {
        assertEquals(List.of("bda17da0b65de176708cf43d9561b2b2afdfb222a0fb092b6b4937c3e5d3b607",
                        "8dd2475c8a999f4d75f5cca74aadf532a868d2e6d09f9b58135841522e450003",
                        "052306cefcebdee033365d55a99dcc1a901f8c64bcc842b15563cc3012e8e753"),
                MigrationChain.of(MIGRATIONS));
    }

    @Test
    void eachLinkDependsOnEverythingBeforeIt() {
        List<KnownMigration> swapped = List.of(MIGRATIONS.get(1), MIGRATIONS.get(0), MIGRATIONS.get(2));
        assertEquals(MigrationChain.START, MigrationChain.head(List.of()));
        assertEquals(MigrationChain.of(MIGRATIONS).get(0), MigrationChain.of(MIGRATIONS.subList(0, 1)).get(0));
        assertNotEquals(MigrationChain.of(MIGRATIONS).get(2),
                MigrationChain.of(swapped).get(2));
    }

    @Test
    void appendingToASnapshotExtendsTheChainFromItsHead() {
        Snapshot snapshot = Snapshot.initial();
        for (KnownMigration migration : MIGRATIONS) {
            snapshot = snapshot.append(snapshot.state(), migration.version(), migration.script(), migration.checksum());
        }
        assertEquals(MigrationChain.of(MIGRATIONS),
                snapshot.migrations().stream().map(KnownMigration::chain).toList());
        assertEquals("052306cefcebdee033365d55a99dcc1a901f8c64bcc842b15563cc3012e8e753", snapshot.chain());
    }
}
