package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A view's {@code <column>} comment and a materialized view's {@code <index>} that name a column the view does not
 * return are refused at their element once PostgreSQL has said what the view returns (before, the proof reported
 * "column does not exist" at a line of the model built from scratch, a script the user never sees).
 */
@DbTest
class ViewColumnNamesTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";

    @TempDir
    Path project;

    @Test
    void aCommentAndAnIndexOnColumnsTheViewsDoNotReturnAreRefusedAtTheirElements() throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim">
                    <simple name="products"><column name="sku" type="text" nullable="false"/></simple>
                  </schema>
                  <schema name="rpt">
                    <view name="skus">
                      <query>SELECT id, sku FROM dim.products</query>
                      <column name="code" comment="The product's code"/>
                    </view>
                    <materializedView name="counts">
                      <query>SELECT sku, count(*) AS n FROM dim.products GROUP BY sku</query>
                      <index columns="sku, total"/>
                    </materializedView>
                  </schema>
                </pgcraft>
                """, StandardCharsets.UTF_8);
        Path migrations = project.resolve("migration");

        PgcraftException refused = assertThrows(PgcraftException.class, () -> new Generator(message -> { },
                Registry.builtin(), TestPostgres.views()).generate(new GenerateOptions(config, CONFIG, migrations,
                null, false)));

        assertEquals(List.of(
                CONFIG + ":6:5 [PGC-VIEW-UNKNOWN-COLUMN] <column name=\"code\"> of view rpt.skus comments a column the"
                        + " view does not return; it returns id, sku.",
                CONFIG + ":12:7 [PGC-VIEW-UNKNOWN-COLUMN] <index> of materialized view rpt.counts names column"
                        + " \"total\", which the view does not return; it returns sku, n."),
                refused.problems().stream().map(p -> p.location() + " [" + p.code() + "] " + p.message()).toList());
        assertEquals("Name a column the query returns, or return \"total\" from it.", refused.problems().get(1).fix());
        assertFalse(Files.exists(migrations), "nothing is written");
    }
}
