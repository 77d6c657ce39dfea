package dev.pgcraft.check;

import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.migrate.Checksum;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.snapshot.OldFormatWriter;
import dev.pgcraft.snapshot.SnapshotCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generates a small project into a temporary folder, then breaks it the ways people do, and checks it. */
class CheckerTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";
    private static final String DIR = "src/main/resources/db/migration";
    private static final String SNAPSHOT = DIR + "/pgcraft-snapshot.json";
    private static final String ITEMS = """
            <pgcraft xmlns="urn:pgcraft:1"><schema name="dim"><simple name="items">
              <column name="title" type="text" nullable="false"/>%s
            </simple></schema></pgcraft>
            """;
    private static final String PRICE = "\n  <column name=\"price\" type=\"numeric(10,2)\"/>";
    private static final String STOCK = "\n  <column name=\"stock\" type=\"integer\"/>";

    @TempDir
    Path project;

    private final List<String> warnings = new ArrayList<>();

    /** V1 creates dim.items, V2 adds price: the project as committed. */
    @BeforeEach
    void generateTwoMigrations() throws IOException {
        model(ITEMS.formatted(""));
        generate("init");
        model(ITEMS.formatted(PRICE));
        generate("add price");
    }

    private void model(String xml) throws IOException {
        Files.createDirectories(project.resolve(CONFIG).getParent());
        Files.writeString(project.resolve(CONFIG), xml, StandardCharsets.UTF_8);
    }

    private void generate(String message) {
        new Generator(line -> { }).generate(new GenerateOptions(project.resolve(CONFIG), CONFIG, migrations(),
                message, false));
    }

    private Path migrations() {
        return project.resolve(DIR);
    }

    private CheckResult check() {
        return new Checker(line -> { }, warnings::add).check(new CheckOptions(project.resolve(CONFIG), CONFIG,
                migrations(), DIR));
    }

    private List<Problem> problems() {
        return assertThrows(PgcraftException.class, this::check).problems();
    }

    private Problem onlyProblem() {
        List<Problem> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static String message(Problem problem) {
        return problem.message().replace(System.lineSeparator(), "\n");
    }

    private String read(String name) throws IOException {
        return Files.readString(migrations().resolve(name), StandardCharsets.UTF_8);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(migrations().resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(migrations())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anUpToDateProjectPassesAndNothingIsWritten() throws IOException {
        byte[] snapshot = Files.readAllBytes(migrations().resolve("pgcraft-snapshot.json"));

        CheckResult result = check();

        assertEquals("src/main/pgcraft/pgcraft.xml matches the snapshot; 2 migrations unchanged", result.summary());
        assertEquals(List.of(), warnings);
        assertEquals(List.of("U1__init.sql", "U2__add_price.sql", "V1__init.sql", "V2__add_price.sql", "pgcraft-snapshot.json"), files());
        assertArrayEquals(snapshot, Files.readAllBytes(migrations().resolve("pgcraft-snapshot.json")));
    }

    @Test
    void aModelChangeThatWasNotGeneratedFails() throws IOException {
        model(ITEMS.formatted(PRICE + STOCK));

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-NOT-GENERATED", problem.code());
        assertEquals(CONFIG, problem.location().toString());
        assertEquals("the model differs from the snapshot " + SNAPSHOT + "; pgcraft:generate would write a "
                + "migration for:\n    - add column stock to table dim.items", message(problem));
        assertEquals("Run mvn pgcraft:generate and commit the new migration together with pgcraft-snapshot.json.",
                problem.fix());
        assertEquals(List.of("U1__init.sql", "U2__add_price.sql", "V1__init.sql", "V2__add_price.sql", "pgcraft-snapshot.json"), files());
    }

    @Test
    void aModelNeverGeneratedListsTheFirstPendingChanges() throws IOException {
        Files.delete(migrations().resolve("V1__init.sql"));
        Files.delete(migrations().resolve("V2__add_price.sql"));
        Files.delete(migrations().resolve("pgcraft-snapshot.json"));
        StringBuilder dimensions = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            dimensions.append("<simple name=\"t").append(i).append("\"><column name=\"c\" type=\"integer\"/></simple>");
        }
        model("<pgcraft xmlns=\"urn:pgcraft:1\"><schema name=\"dim\">" + dimensions + "</schema></pgcraft>");

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-NOT-GENERATED", problem.code());
        List<String> lines = List.of(message(problem).split("\n"));
        assertEquals(12, lines.size(), message(problem));
        assertEquals("nothing was generated from the model yet (there is no " + SNAPSHOT + "); pgcraft:generate "
                + "would write a migration for:", lines.get(0));
        assertEquals("    - create schema dim", lines.get(1));
        assertTrue(lines.get(11).matches("    - and \\d+ more"), lines.get(11));
    }

    @Test
    void anEditedMigrationIsNamedWithBothChecksums() throws IOException {
        String generated = read("V1__init.sql");
        write("V1__init.sql", generated + "CREATE INDEX ON dim.items (title);\n");

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-EDITED-MIGRATION", problem.code());
        assertEquals(DIR + "/V1__init.sql", problem.location().toString());
        assertEquals("V1__init.sql was edited after pgcraft:generate wrote it\n"
                + "Generated: " + Checksum.of(generated) + "\n"
                + "Now: " + Checksum.of(read("V1__init.sql")), message(problem));
        assertEquals("Restore it (git checkout -- " + DIR + "/V1__init.sql). Generated migrations must not be "
                + "edited, as databases may already have applied them; to change the schema, change the model and "
                + "run mvn pgcraft:generate instead.", problem.fix());
    }

    @Test
    void aMigrationResavedWithCrlfIsNotAnEdit() throws IOException {
        write("V1__init.sql", "\uFEFF" + read("V1__init.sql").replace("\n", "\r\n"));

        assertEquals("src/main/pgcraft/pgcraft.xml matches the snapshot; 2 migrations unchanged", check().summary());
    }

    @Test
    void aRemovedMigrationIsNamed() throws IOException {
        Files.delete(migrations().resolve("V2__add_price.sql"));

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-REMOVED-MIGRATION", problem.code());
        assertEquals(DIR + "/V2__add_price.sql", problem.location().toString());
        assertEquals("V2__add_price.sql is missing; the snapshot lists it as generated (version 2)",
                message(problem));
        assertEquals("Restore it (git checkout -- " + DIR + "/V2__add_price.sql). A generated migration must stay, "
                + "as databases may already have applied it; to undo its change, change the model and run "
                + "mvn pgcraft:generate.", problem.fix());
    }

    @Test
    void twoBranchesGeneratingTheSameVersionGetABranchMergeFix() throws IOException {
        // The other branch's V2, merged beside ours; the snapshot is ours (it would conflict in git otherwise).
        write("V2__add_stock.sql", "ALTER TABLE dim.items ADD COLUMN stock integer;\n");

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-DUPLICATE-VERSION", problem.code());
        assertEquals(DIR, problem.location().toString());
        assertEquals("V2__add_price.sql and V2__add_stock.sql have the same version 2 (two branches each generated "
                + "V2 and were merged)", message(problem));
        assertEquals("Keep the one that is on the main branch and delete the other, restore the snapshot from the "
                + "main branch (git checkout <main branch> -- " + SNAPSHOT + "), then run mvn pgcraft:generate to "
                + "regenerate your change on top of it.", problem.fix());
        assertEquals(List.of(), warnings, "a duplicate is reported once, not also as hand-written");
    }

    @Test
    void migrateStillRefusesDuplicateVersions() throws IOException {
        write("V2__add_stock.sql", "ALTER TABLE dim.items ADD COLUMN stock integer;\n");

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scan(migrations()));

        assertEquals("PGC-MIGRATE-DUPLICATE-VERSION", e.problems().get(0).code());
    }

    @Test
    void aSnapshotEditedToMatchAnEditedFileBreaksTheChainAtThatMigration() throws IOException {
        String generated = read("V1__init.sql");
        String edited = generated + "CREATE INDEX ON dim.items (title);\n";
        write("V1__init.sql", edited);
        write("pgcraft-snapshot.json", read("pgcraft-snapshot.json").replace(Checksum.of(generated),
                Checksum.of(edited)));
        String stored = chainOf(read("pgcraft-snapshot.json"), 0);

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-BROKEN-CHAIN", problem.code());
        assertEquals(SNAPSHOT, problem.location().toString());
        assertEquals("the snapshot's migration chain breaks at V1__init.sql: stored " + stored + ", recomputed "
                + dev.pgcraft.snapshot.MigrationChain.next("", "1", "V1__init.sql", Checksum.of(edited))
                + "; its list of migrations was edited by hand or badly merged", message(problem));
        assertEquals("Restore it (git checkout -- " + SNAPSHOT + "); after a merge, take the main branch's copy "
                + "(git checkout <main branch> -- " + SNAPSHOT + ") and run mvn pgcraft:generate again.",
                problem.fix());
    }

    @Test
    void aMigrationDroppedFromTheSnapshotsListBreaksTheChainsHead() throws IOException {
        String snapshot = read("pgcraft-snapshot.json");
        String head = chainOf(snapshot, 1);
        String first = chainOf(snapshot, 0);
        // Remove the second entry of "migrations", as a bad merge might.
        int second = snapshot.indexOf(",\n    {", snapshot.indexOf("\"migrations\""));
        write("pgcraft-snapshot.json", snapshot.substring(0, second)
                + snapshot.substring(snapshot.indexOf("\n  ],", second)));

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-BROKEN-CHAIN", problem.code());
        assertEquals("the snapshot's chain ends in \"" + head + "\", but its last migration V1__init.sql gives "
                + first + "; migrations were removed from its list, or it was badly merged", message(problem));
        assertEquals(List.of(DIR + "/V2__add_price.sql is not in pgcraft-snapshot.json: taken as a hand-written "
                + "migration, which check does not compare with the model"), warnings);
    }

    /** The {@code index}-th {@code "chain"} value of a migration in the snapshot text. */
    private static String chainOf(String snapshot, int index) {
        int at = snapshot.indexOf("\"migrations\"");
        for (int i = 0; i <= index; i++) {
            at = snapshot.indexOf("\"chain\": \"", at) + "\"chain\": \"".length();
        }
        return snapshot.substring(at, snapshot.indexOf('"', at));
    }

    @Test
    void migrationsWithoutASnapshotFailWithoutCallingTheModelNew() throws IOException {
        Files.delete(migrations().resolve("pgcraft-snapshot.json"));

        Problem problem = onlyProblem();

        assertEquals("PGC-CHECK-NO-SNAPSHOT", problem.code());
        assertEquals(DIR, problem.location().toString());
        assertEquals("no pgcraft-snapshot.json beside 2 migrations", message(problem));
        assertEquals("Restore it (git checkout -- " + SNAPSHOT + "). pgcraft:generate writes it with every "
                + "migration and diffs the model against it; without it, the next generate would create the whole "
                + "schema again.", problem.fix());
    }

    @Test
    void aHandWrittenMigrationIsAllowedWithAWarning() throws IOException {
        write("V2_1__backfill_prices.sql", "UPDATE dim.items SET price = 0;\n");

        assertEquals("src/main/pgcraft/pgcraft.xml matches the snapshot; 2 migrations unchanged", check().summary());
        assertEquals(List.of(DIR + "/V2_1__backfill_prices.sql is not in pgcraft-snapshot.json: taken as a "
                + "hand-written migration, which check does not compare with the model"), warnings);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        write("V1__init.sql", read("V1__init.sql") + "-- tweak\n");
        Files.delete(migrations().resolve("V2__add_price.sql"));
        write("V3__a.sql", "SELECT 1;\n");
        write("V3__b.sql", "SELECT 2;\n");
        write("v4_oops.sql", "SELECT 4;\n");
        model(ITEMS.formatted(PRICE + STOCK));

        PgcraftException e = assertThrows(PgcraftException.class, this::check);

        assertEquals(List.of("PGC-MIGRATE-MISNAMED", "PGC-CHECK-DUPLICATE-VERSION", "PGC-CHECK-EDITED-MIGRATION",
                "PGC-CHECK-REMOVED-MIGRATION", "PGC-CHECK-NOT-GENERATED"),
                e.problems().stream().map(Problem::code).toList());
        assertTrue(e.getMessage().startsWith("5 problems:"), e.getMessage());
    }

    @Test
    void aBrokenModelIsReportedWithTheMigrationsProblems() throws IOException {
        Files.delete(migrations().resolve("V2__add_price.sql"));
        model(ITEMS.formatted("\n  <colum name=\"price\" type=\"text\"/>"));

        List<Problem> problems = problems();

        assertEquals("PGC-CHECK-REMOVED-MIGRATION", problems.get(0).code());
        assertEquals("PGC-CONFIG-UNEXPECTED-ELEMENT", problems.get(1).code());
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aFormat1SnapshotIsStillChecked() throws IOException {
        // As pgcraft wrote it before the chain: format 1, no chain values.
        String format1 = OldFormatWriter.format1(SnapshotCodec.decode(read("pgcraft-snapshot.json"),
                "pgcraft-snapshot.json"));
        assertTrue(!format1.contains("chain"), format1);
        write("pgcraft-snapshot.json", format1);

        assertEquals("src/main/pgcraft/pgcraft.xml matches the snapshot; 2 migrations unchanged", check().summary());

        write("V1__init.sql", read("V1__init.sql") + "-- tweak\n");
        assertEquals("PGC-CHECK-EDITED-MIGRATION", onlyProblem().code());
        write("V1__init.sql", read("V1__init.sql").replace("-- tweak\n", ""));

        // The next generate upgrades it to the current format with the chain continued from the computed one.
        model(ITEMS.formatted(PRICE + STOCK));
        generate("add stock");
        assertTrue(read("pgcraft-snapshot.json").startsWith("{\n  \"format\": 3,"));
        assertEquals("src/main/pgcraft/pgcraft.xml matches the snapshot; 3 migrations unchanged", check().summary());
    }
}
