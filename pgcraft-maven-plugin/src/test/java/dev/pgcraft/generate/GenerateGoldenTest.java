package dev.pgcraft.generate;

import dev.pgcraft.snapshot.SnapshotCodec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every golden case generates exactly its expected migrations and snapshot, byte for byte. The snapshot is
 * compared like the SQL because it is a file users commit: a change to its text is a change of the contract.
 */
class GenerateGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean(GoldenCases.UPDATE_PROPERTY);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        // Cases with views need PostgreSQL to say what the views are: ViewGoldenTest runs them.
        return GoldenCases.cases().stream().filter(folder -> !GoldenCases.hasViews(folder))
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                        () -> check(folder, UPDATE, sourceFolder(folder), temp, ViewProbe.NONE)));
    }

    @Test
    void updateModeRewritesThenFails() throws IOException {
        Path folder = GoldenCases.root().resolve("column-attributes");
        Path source = temp.resolve("source");
        Files.createDirectories(source.resolve("expected"));
        Files.writeString(source.resolve("expected/V9__stale.sql"), "stale");
        Files.copy(folder.resolve("from.xml"), source.resolve("from.xml"));
        Files.copy(folder.resolve("to.xml"), source.resolve("to.xml"));
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> check(folder, true, source, temp, ViewProbe.NONE));
        assertTrue(failure.getMessage().startsWith("rewritten: review the diff"), failure.getMessage());
        assertEquals(names(writtenFiles(folder.resolve("expected"))), names(writtenFiles(source.resolve("expected"))));
        // …and what it wrote is what the comparing mode then accepts.
        check(source, false, source, temp, ViewProbe.NONE);
    }

    @Test
    void aFolderWithoutCasesFails() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> GoldenCases.cases(empty));
        assertTrue(failure.getMessage().contains("no golden case folder under"), failure.getMessage());
    }

    /**
     * @param update       rewrite {@code sourceFolder/expected} instead of comparing (then fail)
     * @param sourceFolder where the case's expected files are rewritten in update mode
     */
    static void check(Path folder, boolean update, Path sourceFolder, Path temp, ViewProbe views) throws IOException {
        Path project = Files.createTempDirectory(temp, folder.getFileName().toString());
        GoldenCases.generateAll(folder, project, true, views);
        Path actualDir = GoldenCases.migrations(project);
        List<Path> actual = writtenFiles(actualDir);
        Path expectedDir = sourceFolder.resolve("expected");
        if (update) {
            Files.createDirectories(expectedDir);
            for (Path old : writtenFiles(expectedDir)) {
                Files.delete(old);
            }
            for (Path file : actual) {
                Files.copy(file, expectedDir.resolve(file.getFileName()));
            }
            // Update mode must never pass: a CI run with the property set would otherwise accept any output.
            fail(GoldenCases.rewritten(expectedDir));
        }
        assertEquals(names(writtenFiles(folder.resolve("expected"))), names(actual), "migration files of " + folder);
        for (Path file : actual) {
            assertEquals(GoldenCases.read(folder.resolve("expected").resolve(file.getFileName())),
                    GoldenCases.read(file), file.getFileName() + " of " + folder.getFileName());
        }
    }

    /** The case folder in src/test/resources (not the copy in target), for rewriting expectations. */
    static Path sourceFolder(Path folder) {
        return Path.of("src/test/resources/generate").resolve(folder.getFileName().toString());
    }

    /** The migrations, undo files and the snapshot: every file generate writes. */
    private static List<Path> writtenFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".sql")
                    || f.getFileName().toString().equals(SnapshotCodec.FILE_NAME)).sorted().collect(Collectors.toList());
        }
    }

    private static TreeSet<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
