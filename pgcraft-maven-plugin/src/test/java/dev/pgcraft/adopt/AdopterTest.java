package dev.pgcraft.adopt;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.embedded.EmbeddedOptions;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.migrate.BaselineOptions;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.snapshot.SnapshotCodec;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.pg18;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The snapshot of an adopted database where migrations exist already (say, taken over from Flyway): only the
 * snapshot is written, after the proof, and generate then finds nothing to do; a database that differs is refused.
 */
@DbTest
class AdopterTest {

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="shop">
                <simple name="items">
                  <column name="name" type="text" nullable="false" unique="true"/>
                </simple>
              </schema>
            </pgcraft>
            """;

    // Views over a view: built in the wrong order (by name: "a_top" before "b_base") they would not run.
    private static final String VIEWS = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="shop">
                <simple name="items">
                  <column name="name" type="text" nullable="false"/>
                </simple>
              </schema>
              <schema name="rpt">
                <view name="b_base"><query>SELECT id, name FROM shop.items</query></view>
                <materializedView name="a_top" refresh="afterMigrate">
                  <query>SELECT count(*) AS n FROM rpt.b_base</query>
                  <index columns="n"/>
                </materializedView>
              </schema>
            </pgcraft>
            """;

    @TempDir
    Path dir;

    @Test
    void withMigrationsItWritesOnlyTheSnapshotAndGenerateThenHasNothingToDo() throws Exception {
        Path config = Files.writeString(dir.resolve("pgcraft.xml"), MODEL);
        Path migrations = Files.createDirectories(dir.resolve("migration"));
        AdoptOptions options = new AdoptOptions(config, "pgcraft.xml", migrations, null, null, null);
        Adopter adopter = new Adopter(message -> { });

        // The database, built by "someone else's" V1 (the model from scratch), which stays in the folder.
        ConnectionSettings live = freshDatabase();
        Files.writeString(migrations.resolve("V1__legacy.sql"),
                new FromScratch(message -> { }).script(config, "pgcraft.xml", "V1 (V1__legacy.sql)"));
        new Migrator().migrate(MigrateOptions.of(live, migrations), MigrationListener.NONE);

        Adopter.Plan plan = adopter.plan(options);
        assertNull(plan.baseline(), "migrations exist: no baseline file");
        assertEquals(java.util.Set.of("shop"), plan.schemas());
        adopter.prove(plan, options, live, pg18().connectionSettings());
        assertEquals(List.of(migrations.resolve(SnapshotCodec.FILE_NAME)), adopter.write(plan, options));

        Generator.Plan next = new Generator(message -> { }).plan(new GenerateOptions(config, "pgcraft.xml",
                migrations, null, false, null, null));
        assertEquals(List.of(), next.changes(), "the next generate is incremental: nothing to do yet");

        PgcraftException exists = assertThrows(PgcraftException.class, () -> adopter.plan(options));
        assertEquals("PGC-BASELINE-SNAPSHOT-EXISTS", exists.problems().get(0).code());
    }

    @Test
    void aDatabaseThatDiffersIsRefusedNamingEachObject() throws Exception {
        Path config = Files.writeString(dir.resolve("pgcraft.xml"), MODEL);
        Path migrations = Files.createDirectories(dir.resolve("migration"));
        AdoptOptions options = new AdoptOptions(config, "pgcraft.xml", migrations, null, null,
                dev.pgcraft.migrate.MigrationVersion.parse("1"));
        Adopter adopter = new Adopter(message -> { });
        ConnectionSettings live = freshDatabase();
        execute(live, "CREATE SCHEMA shop");
        execute(live, "CREATE TABLE shop.items (id bigint PRIMARY KEY, name text)");

        Adopter.Plan plan = adopter.plan(options);
        assertEquals(migrations.resolve("V1__baseline.sql"), plan.baseline());
        PgcraftException refused = assertThrows(PgcraftException.class,
                () -> adopter.prove(plan, options, live, pg18().connectionSettings()));
        assertEquals("PGC-BASELINE-SNAPSHOT-DIFFERENT", refused.problems().get(0).code());
        String message = refused.problems().get(0).message();
        assertTrue(message.contains("column shop.items.name: differs"), message);
        assertTrue(message.contains("constraint shop.items.pk__items__id: only in model"), message);
        try (var files = Files.list(migrations)) {
            assertEquals(List.of(), files.toList(), "a refused proof writes nothing");
        }
    }

    @Test
    void aModelWithViewsIsAdoptedWithWhatTheyReadAndGenerateThenHasNothingToDo() throws Exception {
        Path config = Files.writeString(dir.resolve("pgcraft.xml"), VIEWS);
        Path built = Files.createDirectories(dir.resolve("built"));
        ConnectionSettings live = builtByGenerate(config, built);
        Path migrations = Files.createDirectories(dir.resolve("migration"));
        AdoptOptions options = new AdoptOptions(config, "pgcraft.xml", migrations, null, null,
                dev.pgcraft.migrate.MigrationVersion.parse("1"));
        Adopter adopter = new Adopter(message -> { });

        PgcraftException offline = assertThrows(PgcraftException.class, () -> adopter.plan(options));
        assertEquals("PGC-VIEW-NEEDS-SERVER", offline.problems().get(0).code());

        Adopter.Plan plan = adopter.plan(options, dev.pgcraft.testing.TestPostgres.views());
        assertEquals(java.util.Set.of("rpt", "shop"), plan.schemas());
        assertTrue(plan.fromScratch().indexOf("CREATE VIEW \"rpt\".\"b_base\"")
                < plan.fromScratch().indexOf("CREATE MATERIALIZED VIEW \"rpt\".\"a_top\""), plan.fromScratch());
        adopter.prove(plan, options, live, pg18().connectionSettings());
        adopter.write(plan, options);

        // Without a server: the snapshot says what the views read, so nothing needs asking and nothing changes.
        Generator.Plan next = new Generator(message -> { }).plan(new GenerateOptions(config, "pgcraft.xml",
                migrations, null, false, null, null));
        assertEquals(List.of(), next.changes(), "the next generate writes nothing");
        assertSameSnapshot(built, migrations);
    }

    /**
     * What pgcraft:baseline runs: the whole adoption asks its throwaway server what the model's views read (it once
     * planned without a server, and so refused every model with views, PGC-VIEW-NEEDS-SERVER).
     */
    @Test
    void theWholeAdoptionAsksItsThrowawayServerWhatTheViewsRead() throws Exception {
        Path config = Files.writeString(dir.resolve("pgcraft.xml"), VIEWS);
        Path built = Files.createDirectories(dir.resolve("built"));
        ConnectionSettings live = builtByGenerate(config, built);
        Path migrations = Files.createDirectories(dir.resolve("migration"));
        dev.pgcraft.migrate.MigrationVersion version = dev.pgcraft.migrate.MigrationVersion.parse("1");
        List<String> logged = new java.util.ArrayList<>();

        new Adopter(message -> { }).adopt(new AdoptOptions(config, "pgcraft.xml", migrations, null, null, version),
                new BaselineOptions(live, migrations, null, version, null, null, null),
                () -> EmbeddedPostgresServer.start(EmbeddedOptions.defaults()), new MigrationListener() {
                    @Override
                    public void info(String message) {
                        logged.add(message);
                    }
                });

        assertEquals("The database is what the model builds; wrote V1__baseline.sql and pgcraft-snapshot.json: the "
                        + "next pgcraft:generate writes only what changes after this, as version 2",
                logged.get(logged.size() - 1));
        assertSameSnapshot(built, migrations);
    }

    /**
     * The live database, built by generate (views asked of the shared server) and migrate from {@code built}, with a
     * history table of its own: to baseline it is "built by something else".
     */
    private static ConnectionSettings builtByGenerate(Path config, Path built) {
        new Generator(message -> { }, dev.pgcraft.resolve.Registry.builtin(), dev.pgcraft.testing.TestPostgres.views())
                .generate(new GenerateOptions(config, "pgcraft.xml", built, null, false));
        ConnectionSettings live = freshDatabase();
        new Migrator().migrate(new MigrateOptions(live, built, "public.built_history", null), MigrationListener.NONE);
        return live;
    }

    private static void assertSameSnapshot(Path built, Path adopted) {
        assertEquals(SnapshotCodec.read(built.resolve(SnapshotCodec.FILE_NAME), "built").orElseThrow().state(),
                SnapshotCodec.read(adopted.resolve(SnapshotCodec.FILE_NAME), "adopted").orElseThrow().state(),
                "the adopted snapshot records the views as generate did");
    }
}
