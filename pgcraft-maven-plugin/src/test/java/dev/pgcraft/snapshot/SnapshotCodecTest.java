package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotCodecTest {

    private final Snapshot snapshot = Snapshot.initial().append(SampleStates.everyKind(), "1", "V1__init.sql",
            "sha256:abc");

    @Test
    void everyObjectKindSurvivesARoundTrip() {
        String text = SnapshotCodec.encode(snapshot);
        Snapshot read = SnapshotCodec.decode(text, "pgcraft-snapshot.json");
        assertEquals(snapshot.state(), read.state());
        assertEquals(snapshot.migrations(), read.migrations());
        assertEquals(snapshot.chain(), read.chain());
        assertEquals(text, SnapshotCodec.encode(read), "encoding is stable");
    }

    @Test
    void theTextIsReviewableJson() {
        String text = SnapshotCodec.encode(snapshot);
        assertTrue(text.startsWith("{\n  \"format\": 2,\n"), text);
        assertTrue(text.contains("\n  \"chain\": \"" + snapshot.chain() + "\",\n"), text);
        assertTrue(text.contains("\"checksum\": \"sha256:abc\",\n      \"chain\": \"" + snapshot.chain() + "\"\n"),
                text);
        assertTrue(text.contains("\"kind\": \"table\""), text);
        assertTrue(text.contains("\"text\": \"Stock keeping unit, e.g. 'AB-1'\""), text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void theLastFormat2FileOfEveryKindStillReadsBack() throws Exception {
        String text = Files.readString(Path.of(SnapshotCodecTest.class
                .getResource("/snapshot-fixtures/format-2-every-kind.json").toURI()), StandardCharsets.UTF_8);
        Snapshot read = SnapshotCodec.decode(text, "format-2-every-kind.json");
        assertEquals(SampleStates.everyKind(), read.state());
        assertEquals(List.of("V1__init.sql", "V2__second.sql"),
                read.migrations().stream().map(KnownMigration::script).toList());
        assertEquals(MigrationChain.of(read.migrations()), read.migrations().stream().map(KnownMigration::chain)
                .toList());
        assertEquals(MigrationChain.head(MigrationChain.of(read.migrations())), read.chain());
    }

    @Test
    void aDamagedSnapshotSaysWhereAndWhatToDo() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> SnapshotCodec.decode("{\n  \"format\": 1,\n  \"objects\": [\n", "db/pgcraft-snapshot.json"));
        assertEquals("PGC-SNAPSHOT-CORRUPT", e.problems().get(0).code());
        assertEquals("the snapshot cannot be read: expected a value, but the file ends (truncated?)",
                e.problems().get(0).message());
        assertTrue(e.getMessage().startsWith("db/pgcraft-snapshot.json:4:1: "), e.getMessage());
    }

    @Test
    void aFormat1SnapshotIsReadWithItsChainComputed() {
        String format1 = """
                {
                  "format": 1,
                  "migrations": [
                    {"version": "1", "script": "V1__init.sql", "checksum": "sha256:%s"},
                    {"version": "2", "script": "V2__add_price.sql", "checksum": "sha256:%s"}
                  ],
                  "objects": []
                }
                """.formatted("a".repeat(64), "b".repeat(64));
        Snapshot read = SnapshotCodec.decode(format1, "pgcraft-snapshot.json");
        assertEquals(List.of("bda17da0b65de176708cf43d9561b2b2afdfb222a0fb092b6b4937c3e5d3b607",
                        "8dd2475c8a999f4d75f5cca74aadf532a868d2e6d09f9b58135841522e450003"),
                read.migrations().stream().map(KnownMigration::chain).toList());
        assertEquals("8dd2475c8a999f4d75f5cca74aadf532a868d2e6d09f9b58135841522e450003", read.chain());
        assertTrue(SnapshotCodec.encode(read).startsWith("{\n  \"format\": 2,\n"), "written back as format 2");
    }

    @Test
    void aFormat2SnapshotWithoutItsChainIsDamaged() {
        String text = SnapshotCodec.encode(snapshot).replaceFirst(",\n      \"chain\": \"[0-9a-f]+\"", "");
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(text, "s.json"));
        assertEquals("the snapshot cannot be read: the chain of migration V1__init.sql is missing",
                e.problems().get(0).message());
    }

    @Test
    void anUnknownFormatIsRefused() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> SnapshotCodec.decode("{\"format\": 99}", "s.json"));
        assertEquals("PGC-SNAPSHOT-FORMAT", e.problems().get(0).code());
    }
}
