package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {

    @TempDir
    Path temp;

    private final Generator generator = new Generator(message -> { });

    private Path project(String name, String step) throws IOException {
        Path project = temp.resolve(name);
        Path config = project.resolve(GoldenCases.CONFIG_NAME);
        Files.createDirectories(config.getParent());
        Files.copy(GoldenCases.root().resolve(step), config, StandardCopyOption.REPLACE_EXISTING);
        return project;
    }

    private GenerateResult generate(Path project, String message, boolean allowDestructive) {
        return generator.generate(new GenerateOptions(project.resolve(GoldenCases.CONFIG_NAME),
                GoldenCases.CONFIG_NAME, GoldenCases.migrations(project), message, allowDestructive));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theSameModelGivesByteIdenticalFiles() throws IOException {
        Path one = project("one", "shop/steps/1.xml");
        Path two = project("two", "shop/steps/1.xml");
        generate(one, null, false);
        generate(two, null, false);
        assertEquals(files(GoldenCases.migrations(one)), files(GoldenCases.migrations(two)));
        for (String file : files(GoldenCases.migrations(one))) {
            assertEquals(-1L, Files.mismatch(GoldenCases.migrations(one).resolve(file),
                    GoldenCases.migrations(two).resolve(file)), file);
        }
    }

    @Test
    void aSecondRunWithoutModelChangesWritesNothing() throws IOException {
        Path project = project("p", "shop/steps/1.xml");
        assertTrue(generate(project, null, false).wroteSomething());
        byte[] snapshot = Files.readAllBytes(GoldenCases.migrations(project).resolve("pgcraft-snapshot.json"));
        GenerateResult second = generate(project, null, false);
        assertFalse(second.wroteSomething());
        assertEquals(List.of("U1__init.sql", "V1__init.sql", "pgcraft-snapshot.json"), files(GoldenCases.migrations(project)));
        assertEquals(-1, java.util.Arrays.mismatch(snapshot,
                Files.readAllBytes(GoldenCases.migrations(project).resolve("pgcraft-snapshot.json"))));
    }

    @Test
    void theMessageNamesTheFile() throws IOException {
        Path project = project("p", "evolve-columns/steps/1.xml");
        generate(project, "Create accounts!", false);
        assertEquals(List.of("U1__create_accounts.sql", "V1__create_accounts.sql", "pgcraft-snapshot.json"),
                files(GoldenCases.migrations(project)));
    }

    @Test
    void destructiveChangesAreRefusedUnlessAllowedAndNothingIsWritten() throws IOException {
        Path project = project("p", "evolve-columns/steps/1.xml");
        generate(project, null, false);
        Files.copy(GoldenCases.root().resolve("evolve-columns/steps/2.xml"), project.resolve(GoldenCases.CONFIG_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(project, null, false));
        assertEquals("the model change would lose data; nothing was written. Destructive changes:\n"
                + "    - drop column legacy_flag of table app.accounts",
                e.problems().get(0).message());
        assertEquals("If that is intended, run again with -Dpgcraft.allowDestructive=true.", e.problems().get(0).fix());
        assertEquals(List.of("U1__init.sql", "V1__init.sql", "pgcraft-snapshot.json"), files(GoldenCases.migrations(project)));

        assertTrue(generate(project, null, true).wroteSomething());
        assertTrue(files(GoldenCases.migrations(project)).contains("V2__update.sql"));
    }

    @Test
    void aBrokenModelWritesNothing() throws IOException {
        Path project = project("p", "shop/steps/1.xml");
        Files.writeString(project.resolve(GoldenCases.CONFIG_NAME),
                "<pgcraft xmlns=\"urn:pgcraft:1\"><schema name=\"a\"><simple name=\"t\">"
                        + "<column name=\"x\" type=\"strng\"/></simple></schema></pgcraft>", StandardCharsets.UTF_8);
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(project, null, false));
        assertTrue(e.getMessage().startsWith(GoldenCases.CONFIG_NAME + ":1:"), e.getMessage());
        assertFalse(Files.exists(GoldenCases.migrations(project)));
    }

    @Test
    void aRenameIsGeneratedOnceAndAPreviousNameLeftInPlaceDoesNothingMore() throws IOException {
        Path project = project("p", "rename-dimension/from.xml");
        generate(project, null, false);
        use(project, "rename-dimension/to.xml");
        GenerateResult rename = generate(project, null, false);
        assertTrue(rename.changes().stream().anyMatch(change -> change instanceof dev.pgcraft.diff.Change.RenameTable));

        assertFalse(generate(project, null, false).wroteSomething());
        assertEquals(List.of("U1__init.sql", "U2__update.sql", "V1__init.sql", "V2__update.sql",
                "pgcraft-snapshot.json"), files(GoldenCases.migrations(project)));
    }

    @Test
    void aRenameOntoANameTheSnapshotStillHasIsRefusedAndNothingIsWritten() throws IOException {
        Path project = project("p", "drop-dimension/from.xml");
        generate(project, null, false);
        // items goes, and orders takes its name in the same step: PostgreSQL would need the drop first.
        Files.writeString(project.resolve(GoldenCases.CONFIG_NAME), """
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="shop">
                    <simple name="items" previousName="orders">
                      <column name="item_id" type="bigint"/>
                    </simple>
                  </schema>
                </pgcraft>
                """, StandardCharsets.UTF_8);
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(project, null, true));
        assertEquals("PGC-GENERATE-RENAME-TAKEN", e.problems().get(0).code());
        assertEquals(GoldenCases.CONFIG_NAME + ":3:5", e.problems().get(0).location().toString());
        assertEquals("dimension shop.items has previousName \"orders\", but the last generated state still has a "
                + "table shop.items: a rename cannot take a name still in use; nothing was written.",
                e.problems().get(0).message());
        assertEquals(List.of("U1__init.sql", "V1__init.sql", "pgcraft-snapshot.json"),
                files(GoldenCases.migrations(project)));
    }

    private static void use(Path project, String step) throws IOException {
        Files.copy(GoldenCases.root().resolve(step), project.resolve(GoldenCases.CONFIG_NAME),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aModelMayNotGenerateTheHistoryTable() throws IOException {
        Path project = temp.resolve("clash");
        Path config = project.resolve(GoldenCases.CONFIG_NAME);
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="audit">
                    <appendOnly name="changes">
                      <column name="what" type="text"/>
                    </appendOnly>
                  </schema>
                </pgcraft>
                """);
        PgcraftException e = assertThrows(PgcraftException.class, () -> generator.generate(new GenerateOptions(config,
                GoldenCases.CONFIG_NAME, GoldenCases.migrations(project), null, false, "5s", "audit.changes_history")));
        assertEquals("src/main/pgcraft/pgcraft.xml:3:5: Dimension audit.changes generates view audit.changes_history, "
                + "the name of migrate's history table (pgcraft.historyTable). [PGC-CONFIG-HISTORY-TABLE-CLASH]",
                e.getMessage().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(GoldenCases.migrations(project)), "nothing was written");
    }
}
