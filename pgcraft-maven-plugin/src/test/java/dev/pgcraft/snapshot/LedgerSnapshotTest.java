package dev.pgcraft.snapshot;

import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.resolve.Resolver;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A resolved ledger model, maintained balances and their initial rows included, survives the snapshot. */
class LedgerSnapshotTest {

    @Test
    void ledgersRoundTrip() throws Exception {
        SchemaState state = new Resolver(message -> { }).resolve(ConfigLoader.spec(
                Path.of(getClass().getResource("/ledger/pgcraft.xml").toURI()), "pgcraft.xml"));
        assertTrue(state.objects().stream().anyMatch(o -> o instanceof Table t && t.initialRows() != null));
        Snapshot snapshot = Snapshot.initial().append(state, "1", "V1__init.sql", "sha256:abc");
        String text = SnapshotCodec.encode(snapshot);
        assertEquals(state, SnapshotCodec.decode(text, "pgcraft-snapshot.json").state());
    }
}
