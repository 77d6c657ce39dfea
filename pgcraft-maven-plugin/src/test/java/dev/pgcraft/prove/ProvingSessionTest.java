package dev.pgcraft.prove;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The view probe and the prover of one generate build the model once: the prover adds the views and what is over
 * them to the probe's database of the model without its views. Proven here on PostgreSQL: that path is taken and
 * proves the migration (the proof compares that database's catalog with the migrated one's), and no throwaway
 * database is left behind, also when nothing is proven. EveryRefusalTest pins the refusals through the same wiring.
 */
@DbTest
class ProvingSessionTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";
    private static final String HEAD = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="dim">
                <simple name="products">
                  <column name="sku" type="text" nullable="false"/>
                  <column name="price" type="numeric(10,2)"/>
                </simple>
              </schema>
              <schema name="rpt">
                <view name="priced" comment="Products with a price">
                  <query>SELECT id, sku, price FROM dim.products WHERE price IS NOT NULL</query>
                  <column name="sku" comment="Stock keeping unit"/>
                </view>
                <view name="expensive"><query>SELECT sku FROM rpt.priced WHERE price > 100</query></view>
            """;

    private final Supplier<ConnectionSettings> server = () -> TestPostgres.pg18().connectionSettings();

    @TempDir
    Path project;

    private GenerateOptions options(String views) throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, HEAD + views + "  </schema>\n</pgcraft>\n", StandardCharsets.UTF_8);
        return new GenerateOptions(config, CONFIG, project.resolve("migration"), null, false);
    }

    /** The throwaway databases of proving and of the view probe that exist on the server now. */
    private List<String> throwaways() {
        return TestPostgres.query(server.get(), "SELECT datname FROM pg_database WHERE datname LIKE 'pgcraft_views_%'"
                + " OR datname LIKE 'pgcraft_prove_%'");
    }

    @Test
    void theProverBuildsOnTheProbesDatabaseAndLeavesNoDatabaseBehind() throws IOException {
        List<String> before = throwaways();
        List<String> debug = new ArrayList<>();
        GenerateOptions options = options("""
                    <materializedView name="stats" refresh="afterMigrate">
                      <query>SELECT count(*) AS n, max(price) AS top FROM rpt.priced</query>
                      <index columns="top"/>
                    </materializedView>
                """);
        try (ProvingSession session = new ProvingSession(server, debug::add)) {
            new Generator(debug::add, Registry.builtin(), session.views()).generate(options, session.prover());
        }
        // The part over the views: three views, the view's and its column's comments, the materialized view's index.
        assertTrue(debug.contains("proving on the model built for its views: 6 objects to add"), debug.toString());
        assertTrue(debug.stream().anyMatch(line -> line.startsWith("proved V1__")), debug.toString());
        assertEquals(before, throwaways(), "no throwaway database is left");
    }

    @Test
    void theProbesDatabaseIsDroppedWhenNothingIsProven() throws IOException {
        List<String> before = throwaways();
        GenerateOptions options = options("");
        try (ProvingSession session = new ProvingSession(server, message -> { })) {
            new Generator(message -> { }, Registry.builtin(), session.views()).plan(options);
            assertEquals(before.size() + 1, throwaways().size(), "the probe keeps its database for the prover");
        }
        assertEquals(before, throwaways(), "closing the session drops it");
    }
}
