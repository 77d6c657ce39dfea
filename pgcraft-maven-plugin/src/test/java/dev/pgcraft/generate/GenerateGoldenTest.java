package dev.pgcraft.generate;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every golden case generates exactly its expected migrations, byte for byte. */
class GenerateGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("pgcraft.golden.update");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return GoldenCases.cases().stream().map(folder -> DynamicTest.dynamicTest(
                folder.getFileName().toString(), () -> check(folder)));
    }

    private void check(Path folder) throws IOException {
        Path project = Files.createTempDirectory(temp, folder.getFileName().toString());
        GoldenCases.generateAll(folder, project, true);
        Path actualDir = GoldenCases.migrations(project);
        List<Path> actual = sqlFiles(actualDir);
        Path expectedDir = sourceFolder(folder).resolve("expected");
        if (UPDATE) {
            Files.createDirectories(expectedDir);
            for (Path old : sqlFiles(expectedDir)) {
                Files.delete(old);
            }
            for (Path file : actual) {
                Files.copy(file, expectedDir.resolve(file.getFileName()));
            }
            return;
        }
        assertEquals(names(sqlFiles(folder.resolve("expected"))), names(actual), "migration files of " + folder);
        for (Path file : actual) {
            assertEquals(GoldenCases.read(folder.resolve("expected").resolve(file.getFileName())),
                    GoldenCases.read(file), file.getFileName() + " of " + folder.getFileName());
        }
    }

    /** The case folder in src/test/resources (not the copy in target), for rewriting expectations. */
    private static Path sourceFolder(Path folder) {
        return Path.of("src/test/resources/generate").resolve(folder.getFileName().toString());
    }

    private static List<Path> sqlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
    }

    private static TreeSet<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
