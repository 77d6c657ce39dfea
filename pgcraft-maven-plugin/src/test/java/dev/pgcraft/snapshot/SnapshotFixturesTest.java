package dev.pgcraft.snapshot;

import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frozen snapshots of every format an earlier pgcraft wrote (see the compatibility rule in this package's
 * documentation). Each folder under {@code snapshot-fixtures/} holds a model ({@code pgcraft.xml}) and the
 * {@code migration/} folder an earlier release generated for it, snapshot included, never edited since. Each must
 * still load, and {@code generate} against the same model must find nothing to do: upgrading pgcraft alone never
 * writes a migration.
 */
class SnapshotFixturesTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFormatEverWrittenLoadsAndDiffsToNothing() {
        return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(),
                () -> check(fixture)));
    }

    private void check(Path fixture) throws IOException {
        Path project = Files.createTempDirectory(temp, fixture.getFileName().toString());
        Path config = project.resolve("pgcraft.xml");
        Path migrations = project.resolve("migration");
        Files.copy(fixture.resolve("pgcraft.xml"), config);
        Files.createDirectories(migrations);
        try (Stream<Path> files = Files.list(fixture.resolve("migration"))) {
            for (Path file : files.toList()) {
                Files.copy(file, migrations.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Snapshot stored = SnapshotCodec.read(migrations.resolve(SnapshotCodec.FILE_NAME), "pgcraft-snapshot.json")
                .orElseThrow();
        assertFalse(stored.state().objects().isEmpty(), "the fixture's snapshot holds the model's objects");
        assertEquals(MigrationChain.of(stored.migrations()), stored.migrations().stream()
                .map(KnownMigration::chain).toList(), "the chain of the known migrations");

        GenerateResult result = new Generator(message -> { }).generate(
                new GenerateOptions(config, "pgcraft.xml", migrations, null, false));

        assertFalse(result.wroteSomething(), () -> fixture.getFileName() + ": generate against an old snapshot of"
                + " the same model must write nothing, but planned " + result.changes());
        assertEquals(names(fixture.resolve("migration")), names(migrations), "no file written or removed");
    }

    private static List<Path> fixtures() {
        try (Stream<Path> folders = Files.list(root())) {
            List<Path> fixtures = folders.filter(Files::isDirectory).sorted().collect(Collectors.toList());
            assertTrue(fixtures.size() >= 3, "snapshot fixtures found: " + fixtures);
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(SnapshotFixturesTest.class.getResource("/snapshot-fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
