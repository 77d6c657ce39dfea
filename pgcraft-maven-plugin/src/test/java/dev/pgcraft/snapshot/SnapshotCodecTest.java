package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    void theTextIsOneLinePerMigrationAndPerObjectGroupedBySchema() {
        String text = SnapshotCodec.encode(snapshot);
        assertTrue(text.startsWith("{\n  \"format\": 3,\n"), text);
        assertTrue(text.contains("\n  \"chain\": \"" + snapshot.chain() + "\",\n"), text);
        assertTrue(text.contains("\n    {\"version\": \"1\", \"script\": \"V1__init.sql\","
                + " \"checksum\": \"sha256:abc\", \"chain\": \"" + snapshot.chain() + "\"}\n  ],\n"), text);
        assertTrue(text.contains("\n  \"requirements\": [\n"
                + "    {\"major\": 18, \"reason\": \"uuidv7() primary keys\"}\n"), text);
        assertTrue(text.contains("\n  \"cluster\": [\n{\"role\": \"web_anon\"}\n  ],\n"), text);
        assertTrue(text.contains("\n  \"schemas\": {\n    \"dim\": [\n{\"schema\": \"dim\"},\n"), text);
        assertTrue(text.contains("\n{\"table\": \"products\", \"columns\": [\n"
                + "  [\"id\", \"uuid\", \"NOT NULL\", \"DEFAULT\", \"uuidv7()\"],\n"
                + "  [\"sku\", \"text\", \"NOT NULL\"],\n"
                + "  [\"price\", \"numeric(10,2)\", \"DEFAULT\", \"0\"],\n"
                + "  [\"category_id\", \"bigint\"]\n]},\n"), text);
        assertTrue(text.contains("\n{\"constraint\": [\"products\", \"fk__products__category_id__categories\"],"
                + " \"foreignKey\": [\"category_id\"], \"referencedTable\": [\"TABLE\", \"categories\"],"
                + " \"referencedColumns\": [\"id\"], \"onDelete\": \"RESTRICT\","
                + " \"dependsOnIds\": [[\"CONSTRAINT\", \"categories\", \"pk__categories__id\"]]},\n"), text);
        assertTrue(text.contains("\n{\"sqlFunction\": \"products_touch\", \"returns\": \"trigger\","
                + " \"securityDefiner\": true, \"uses\": [[\"TABLE\", \"products\"]], \"body\": [\n"
                + "\"\",\n\"BEGIN\",\n\"    RETURN NEW;\",\n\"END;\",\n\"\"\n]},\n"), text);
        assertTrue(text.contains("\n{\"comment\": [\"TABLE\", \"products\"], \"column\": \"sku\","
                + " \"text\": \"Stock keeping unit, e.g. 'AB-1'\"}"), text);
        assertTrue(text.endsWith("\n    ]\n  }\n}\n"), text);
    }

    @Test
    void addingAColumnChangesAFewLines() {
        SchemaState before = SampleStates.everyKind();
        SchemaState.Builder after = SchemaState.builder();
        for (DbObject object : before.objects()) {
            if (object instanceof Table table && table.name().equals("categories")) {
                List<Column> columns = new ArrayList<>(table.columns());
                columns.add(new Column("added", "text", true, null, Identity.NONE));
                object = new Table(table.schema(), table.name(), columns);
            }
            after.add(object);
        }
        before.requirements().forEach(after::require);
        Snapshot first = Snapshot.initial().append(before, "1", "V1__init.sql", "sha256:abc");
        Snapshot second = first.append(after.build(), "2", "V2__added.sql", "sha256:def");
        List<String> a = SnapshotCodec.encode(first).lines().toList();
        List<String> b = SnapshotCodec.encode(second).lines().toList();
        List<String> removed = new ArrayList<>(a);
        removed.removeAll(b);
        List<String> added = new ArrayList<>(b);
        added.removeAll(a);
        // The chain head, the first migration's line (a comma), the column before the new one (a comma).
        assertEquals(3, removed.size(), removed::toString);
        assertEquals(5, added.size(), added::toString);
        assertTrue(added.contains("  [\"added\", \"text\"]"), added::toString);
    }

    @Test
    void theLastFormat2FileOfEveryKindStillReadsBack() throws Exception {
        String text = frozenFormat2();
        Snapshot read = SnapshotCodec.decode(text, "format-2-every-kind.json");
        assertEquals(SampleStates.everyKindOfFormat2(), read.state());
        assertEquals(List.of("V1__init.sql", "V2__second.sql"),
                read.migrations().stream().map(KnownMigration::script).toList());
        assertEquals(MigrationChain.of(read.migrations()), read.migrations().stream().map(KnownMigration::chain)
                .toList());
        assertEquals(MigrationChain.head(MigrationChain.of(read.migrations())), read.chain());
    }

    @Test
    void theTestsOldFormatWriterWritesWhatTheLastFormat2Release() throws Exception {
        Snapshot twice = Snapshot.initial().append(SampleStates.everyKindOfFormat2(), "1", "V1__init.sql", "sha256:"
                + "a".repeat(64)).append(SampleStates.everyKindOfFormat2(), "2", "V2__second.sql", "sha256:"
                + "b".repeat(64));
        assertEquals(frozenFormat2(), OldFormatWriter.format2(twice));
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
        assertTrue(SnapshotCodec.encode(read).startsWith("{\n  \"format\": 3,\n"), "written back as format 3");
    }

    @Test
    void aFormat2SnapshotWithoutItsChainIsDamaged() throws Exception {
        String text = frozenFormat2().replaceFirst(",\n      \"chain\": \"[0-9a-f]+\"", "");
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(text, "s.json"));
        assertEquals("the snapshot cannot be read: the chain of migration V1__init.sql is missing",
                e.problems().get(0).message());
    }

    @Test
    void aFormat3MigrationWithoutItsChainIsDamagedAtItsLine() {
        String text = SnapshotCodec.encode(snapshot).replaceFirst(", \"chain\": \"[0-9a-f]+\"}", "}");
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(text, "s.json"));
        assertEquals("PGC-SNAPSHOT-CORRUPT", e.problems().get(0).code());
        assertEquals("the snapshot cannot be read: a migration: 'chain' is missing", e.problems().get(0).message());
        assertEquals("s.json:6:5", e.problems().get(0).location().toString());
    }

    @Test
    void anUnknownFormatIsRefused() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> SnapshotCodec.decode("{\"format\": 99}", "s.json"));
        assertEquals("PGC-SNAPSHOT-FORMAT", e.problems().get(0).code());
    }

    private static String frozenFormat2() throws Exception {
        return Files.readString(Path.of(SnapshotCodecTest.class
                .getResource("/snapshot-fixtures/format-2-every-kind.json").toURI()), StandardCharsets.UTF_8);
    }
}
