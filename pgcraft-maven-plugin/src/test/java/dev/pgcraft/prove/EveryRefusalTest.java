package dev.pgcraft.prove;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
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
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every fragment PostgreSQL refuses is reported by one generate, each at its line:column with the server's message,
 * SQLSTATE and position, as generate is wired in the plugin (the view probe, then the proof); a view that fails only
 * because it reads a refused one is named as not checked, and nothing is written.
 */
@DbTest
class EveryRefusalTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";
    private static final String NL = System.lineSeparator();

    @TempDir
    Path project;

    private PgcraftException refused(String model) throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, model, StandardCharsets.UTF_8);
        Supplier<ConnectionSettings> server = () -> TestPostgres.pg18().connectionSettings();
        GenerateOptions options = new GenerateOptions(config, CONFIG, project.resolve("migration"), null, false);
        PgcraftException e;
        try (ProvingSession session = new ProvingSession(server, message -> { })) {
            e = assertThrows(PgcraftException.class, () -> {
                GenerateResult ignored = new Generator(message -> { }, Registry.builtin(), session.views())
                        .generate(options, session.prover());
            });
        }
        assertFalse(Files.exists(project.resolve("migration")), "nothing was written");
        return e;
    }

    private static List<String> rendered(PgcraftException e) {
        return e.problems().stream().map(problem -> problem.location() + " [" + problem.code() + "] "
                + problem.message().replaceAll("PostgreSQL 18\\.\\d+", "PostgreSQL 18")).toList();
    }

    @Test
    void aBadCheckTwoBadViewQueriesAndAViewOverARefusedOneAreReportedTogether() throws IOException {
        PgcraftException e = refused("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim">
                    <simple name="products">
                      <column name="sku" type="text" nullable="false"/>
                      <column name="price" type="numeric(10,2)"/>
                      <check name="price_positive" expression="prize &gt;= 0"/>
                    </simple>
                  </schema>
                  <schema name="rpt">
                    <view name="skus"><query>SELECT sku, prise FROM dim.products</query></view>
                    <view name="top_skus"><query>SELECT sku FROM rpt.skus LIMIT 10</query></view>
                    <view name="counts"><query>SELECT count(*) AS n FROM dim.product</query></view>
                    <view name="fine"><query>SELECT sku FROM dim.products</query></view>
                  </schema>
                </pgcraft>
                """);

        assertEquals(List.of(
                CONFIG + ":6:7 [PGC-PROVE-SQL] PostgreSQL 18 refuses the expression of check \"price_positive\" in "
                        + "dim.products: column \"prize\" does not exist (SQLSTATE 42703)" + NL + "Nothing was written.",
                CONFIG + ":10:23 [PGC-PROVE-SQL] PostgreSQL 18 refuses the query of view rpt.skus: column \"prise\" "
                        + "does not exist (SQLSTATE 42703), at character 13 of \"SELECT sku, prise FROM dim.products\""
                        + NL + "Nothing was written.",
                CONFIG + ":11:27 [PGC-PROVE-UNCHECKED] The query of view rpt.top_skus was not checked: it needs "
                        + "rpt.skus, which PostgreSQL could not create because of another refusal; nothing was "
                        + "written.",
                CONFIG + ":12:25 [PGC-PROVE-SQL] PostgreSQL 18 refuses the query of view rpt.counts: relation "
                        + "\"dim.product\" does not exist (SQLSTATE 42P01), at character 27 of \"SELECT count(*) AS n "
                        + "FROM dim.product\"" + NL + "Nothing was written."), rendered(e));
    }

    @Test
    void withoutViewsEveryRefusedFragmentIsReportedAndWhatATableRefusalLeavesUncheckedIsSaid() throws IOException {
        PgcraftException e = refused("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim">
                    <simple name="products">
                      <column name="sku" type="text" nullable="false"/>
                      <column name="price" type="numeric(10,2)"/>
                      <check name="price_positive" expression="price &gt;= 'cheap'"/>
                      <index expression="lower(skuu)"/>
                    </simple>
                    <simple name="orders">
                      <column name="placed" type="date" default="today_in_shop_time()"/>
                      <check name="recent" expression="placed &gt; '2000-01-01'"/>
                    </simple>
                  </schema>
                </pgcraft>
                """);

        assertEquals(List.of(
                CONFIG + ":6:7 PGC-PROVE-SQL",
                CONFIG + ":7:7 PGC-PROVE-SQL",
                CONFIG + ":10:7 PGC-PROVE-SQL",
                CONFIG + ":11:7 PGC-PROVE-UNCHECKED"),
                e.problems().stream().map(problem -> problem.location() + " " + problem.code()).toList(),
                rendered(e).toString());
        Problem unchecked = e.problems().stream().filter(p -> p.code().equals("PGC-PROVE-UNCHECKED")).findFirst()
                .orElseThrow();
        assertEquals("The expression of check \"recent\" in dim.orders was not checked: it needs dim.orders, which "
                + "PostgreSQL could not create because of another refusal; nothing was written.", unchecked.message());
    }
}
