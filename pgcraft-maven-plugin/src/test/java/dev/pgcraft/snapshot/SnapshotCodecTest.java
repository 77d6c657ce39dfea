package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotCodecTest {

    private final Snapshot snapshot = new Snapshot(SampleStates.everyKind(),
            List.of(new KnownMigration("1", "V1__init.sql", "sha256:abc")));

    @Test
    void everyObjectKindSurvivesARoundTrip() {
        String text = SnapshotCodec.encode(snapshot);
        Snapshot read = SnapshotCodec.decode(text, "pgcraft-snapshot.json");
        assertEquals(snapshot.state(), read.state());
        assertEquals(snapshot.migrations(), read.migrations());
        assertEquals(text, SnapshotCodec.encode(read), "encoding is stable");
    }

    @Test
    void theTextIsReviewableJson() {
        String text = SnapshotCodec.encode(snapshot);
        assertTrue(text.startsWith("{\n  \"format\": 1,\n"), text);
        assertTrue(text.contains("\"kind\": \"table\""), text);
        assertTrue(text.contains("\"text\": \"Stock keeping unit, e.g. 'AB-1'\""), text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void aDamagedSnapshotSaysWhereAndWhatToDo() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> SnapshotCodec.decode("{\n  \"format\": 1,\n  \"objects\": [\n", "db/pgcraft-snapshot.json"));
        assertEquals("PGC-SNAPSHOT-CORRUPT", e.problems().get(0).code());
        assertEquals("the snapshot cannot be read: 4:1: expected a value", e.problems().get(0).message());
        assertTrue(e.getMessage().startsWith("db/pgcraft-snapshot.json: "), e.getMessage());
    }

    @Test
    void anUnknownFormatIsRefused() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> SnapshotCodec.decode("{\"format\": 99}", "s.json"));
        assertEquals("PGC-SNAPSHOT-FORMAT", e.problems().get(0).code());
    }
}
