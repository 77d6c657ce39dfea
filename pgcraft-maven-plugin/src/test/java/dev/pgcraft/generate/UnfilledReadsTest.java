package dev.pgcraft.generate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A manual materialized view (created with data) over one created {@code WITH NO DATA}, directly or through a plain
 * view, is refused at its element: created in a new database it would read an unpopulated view, which PostgreSQL
 * refuses (found by a random evolution, seed 9858842432416). The hint's way out generates, migrates, and fills both.
 */
@DbTest
class UnfilledReadsTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";

    @TempDir
    Path project;

    private GenerateResult generate(String rpt) throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, "<pgcraft xmlns=\"urn:pgcraft:1\">\n"
                + "  <schema name=\"dim\">\n"
                + "    <simple name=\"items\"><column name=\"price\" type=\"bigint\"/></simple>\n"
                + "  </schema>\n"
                + "  <schema name=\"rpt\">\n"
                + "    <materializedView name=\"totals\" refresh=\"afterMigrate\">\n"
                + "      <query>SELECT price FROM dim.items</query>\n"
                + "    </materializedView>\n"
                + rpt
                + "  </schema>\n"
                + "</pgcraft>\n", StandardCharsets.UTF_8);
        return new Generator(message -> { }, Registry.builtin(), TestPostgres.views())
                .generate(new GenerateOptions(config, CONFIG, migrations(), null, false));
    }

    private Path migrations() {
        return project.resolve("src/main/resources/db/migration");
    }

    @Test
    void aManualViewOverAnAfterMigrateOneIsRefusedAtItsElementAndNothingIsWritten() {
        PgcraftException refused = assertThrows(PgcraftException.class, () -> generate(
                "    <materializedView name=\"top\">\n"
                        + "      <query>SELECT max(price) AS price FROM rpt.totals</query>\n"
                        + "    </materializedView>\n"));
        assertEquals(1, refused.problems().size());
        Problem problem = refused.problems().get(0);
        assertEquals("PGC-VIEW-MANUAL-OVER-UNFILLED", problem.code());
        assertEquals(CONFIG + ":9:5", problem.location().toString());
        assertEquals("Materialized view rpt.top is refreshed manually, so it is created with data, but it reads"
                + " materialized view rpt.totals (refresh=\"afterMigrate\"), which migrate creates WITH NO DATA and"
                + " fills only after the run's migrations: PostgreSQL would refuse to create rpt.top (\"materialized"
                + " view has not been populated\").", problem.message());
        assertEquals("Give rpt.top refresh=\"afterMigrate\" (migrate then fills it after what it reads), or make the"
                + " view it reads refresh=\"manual\".", problem.fix());
        assertFalse(Files.exists(migrations()), "nothing is written");
    }

    @Test
    void throughAPlainViewToo() {
        PgcraftException refused = assertThrows(PgcraftException.class, () -> generate(
                "    <view name=\"priced\">\n"
                        + "      <query>SELECT price FROM rpt.totals WHERE price > 0</query>\n"
                        + "    </view>\n"
                        + "    <materializedView name=\"top\" refresh=\"manual\">\n"
                        + "      <query>SELECT max(price) AS price FROM rpt.priced</query>\n"
                        + "    </materializedView>\n"));
        assertEquals(CONFIG + ":12:5", refused.problems().get(0).location().toString());
        assertEquals("Materialized view rpt.top is refreshed manually, so it is created with data, but it reads"
                + " materialized view rpt.totals (refresh=\"afterMigrate\") through view rpt.priced, which migrate"
                + " creates WITH NO DATA and fills only after the run's migrations: PostgreSQL would refuse to create"
                + " rpt.top (\"materialized view has not been populated\").", refused.problems().get(0).message());
    }

    @Test
    void theHintsWayOutMigratesAndFillsBoth() throws IOException {
        generate("    <materializedView name=\"top\" refresh=\"afterMigrate\">\n"
                + "      <query>SELECT max(price) AS price FROM rpt.totals</query>\n"
                + "    </materializedView>\n");
        ConnectionSettings db = TestPostgres.freshDatabase();
        new Migrator().migrate(new MigrateOptions(db, migrations(), null, null), MigrationListener.NONE);
        assertEquals("true|true", queryOne(db, "SELECT string_agg(relispopulated::text, '|' ORDER BY relname) FROM pg_class"
                + " WHERE relname IN ('totals', 'top')"));
    }
}
