package dev.pgcraft.convergence;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogDifference;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.migrate.UndoOptions;
import dev.pgcraft.migrate.Undoer;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.snapshot.SnapshotCodec;
import dev.pgcraft.testing.Convergence;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random model evolutions, checked step by step on PostgreSQL 18:
 * <ul>
 *   <li>generate the step's migration, migrate, and compare the catalog with the model built from scratch
 *       (convergence);</li>
 *   <li>generate again right away: nothing is written;</li>
 *   <li>undo the step: the catalog is the previous step's again; migrate again.</li>
 * </ul>
 * Each CI run uses new seeds ({@code -Dpgcraft.evolution.seed=N} replays one, {@code -Dpgcraft.evolution.runs} and
 * {@code -Dpgcraft.evolution.steps} change the amount); a failure names the seed, the step, the edit and the
 * model.
 */
@DbTest
class RandomEvolutionTest {

    // The model's schemas (its views' too), and the PostgREST extension's when the model switches it on.
    private static final Set<String> SCHEMAS = Set.of("app", "ref", RandomViews.SCHEMA, "api", "api_private");
    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";
    private static final MigrationListener QUIET = new MigrationListener() { };

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> randomEvolutionsConvergeAndUndo() {
        Long fixed = Long.getLong("pgcraft.evolution.seed");
        int runs = Integer.getInteger("pgcraft.evolution.runs", 3);
        int steps = Integer.getInteger("pgcraft.evolution.steps", 100);
        long base = System.nanoTime();
        LongStream seeds = fixed != null ? LongStream.of(fixed) : LongStream.range(0, runs).map(i -> base + i);
        return seeds.boxed().map(seed -> DynamicTest.dynamicTest("seed " + seed + ", " + steps + " steps",
                () -> evolve(seed, steps)));
    }

    private void evolve(long seed, int steps) throws IOException {
        Path project = Files.createTempDirectory(temp, "evolution");
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Path migrations = project.resolve("src/main/resources/db/migration");
        ConnectionSettings migrated = TestPostgres.freshDatabase();
        ConnectionSettings scratch = TestPostgres.freshDatabase();
        RandomModel model = new RandomModel(seed);
        Catalog previous = Convergence.catalog(migrated, SCHEMAS);
        for (int step = 1; step <= steps; step++) {
            model.evolve();
            String xml = model.toXml();
            try {
                Files.writeString(config, xml, StandardCharsets.UTF_8);
                GenerateOptions options = new GenerateOptions(config, CONFIG, migrations, null, true);
                GenerateResult result = new Generator(message -> { }, Registry.builtin(), TestPostgres.views())
                        .generate(options);
                // Unchanged, the views are what the snapshot says: no server is asked, and there is none here.
                assertFalse(new Generator(message -> { }).generate(options).wroteSomething(),
                        "generate right after generate wrote a file");
                if (!result.wroteSomething()) {
                    continue;
                }
                new Migrator().migrate(new MigrateOptions(migrated, migrations, null, null), QUIET);
                Catalog expected = fromScratch(scratch, config, migrations);
                assertSame("migrations vs the model from scratch", expected, Convergence.catalog(migrated, SCHEMAS));

                new Undoer().undo(UndoOptions.latest(migrated, migrations), QUIET);
                assertSame("undo of " + result.migration().getFileName() + " vs the step before", previous,
                        Convergence.catalog(migrated, SCHEMAS));
                new Migrator().migrate(new MigrateOptions(migrated, migrations, null, null), QUIET);
                previous = expected;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " (replay: -Dpgcraft.evolution.seed=" + seed + "), step "
                        + step + " (" + model.lastEdit() + "): " + e.getMessage() + "\n--- pgcraft.xml:\n" + xml, e);
            }
        }
    }

    /**
     * Drops the model's schemas in the scratch database and builds the model there anew. What the views read and
     * return is taken from the snapshot generate just wrote (PostgreSQL said it then; asking again would say the
     * same and cost a database per step); the catalogs compared are PostgreSQL's own either way.
     */
    private static Catalog fromScratch(ConnectionSettings scratch, Path config, Path migrations) {
        TestPostgres.execute(scratch, SCHEMAS.stream().map(s -> "DROP SCHEMA IF EXISTS " + s + " CASCADE")
                .collect(Collectors.joining(";\n")));
        Path snapshotFile = migrations.resolve(SnapshotCodec.FILE_NAME);
        SchemaState recorded = SnapshotCodec.read(snapshotFile, snapshotFile.toString()).orElseThrow().state();
        ViewProbe asRecorded = (base, views, fragments, source) -> views.stream().collect(Collectors.toMap(
                View::id, view -> {
                    View known = (View) recorded.get(view.id()).orElseThrow();
                    return new ViewProbe.Shape(known.reads(), known.columns());
                }, (a, b) -> a, java.util.LinkedHashMap::new));
        TestPostgres.execute(scratch, new FromScratch(message -> { }).script(config, CONFIG, "from scratch",
                asRecorded));
        return Convergence.catalog(scratch, SCHEMAS);
    }

    private static void assertSame(String what, Catalog expected, Catalog actual) {
        List<CatalogDifference> differences = Catalog.compare(expected, actual);
        if (!differences.isEmpty()) {
            fail(what + ": " + differences.size() + " differences\n" + differences.stream()
                    .map(d -> d.describe("expected", "actual")).collect(Collectors.joining("\n")));
        }
    }
}
