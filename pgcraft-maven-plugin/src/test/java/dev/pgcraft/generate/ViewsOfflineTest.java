package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a server, a view keeps what the snapshot recorded while its query and what it reads are unchanged (an
 * unchanged model generates nothing, check passes); a view that changed is an error naming it, and nothing is
 * written; check sees that generate would write.
 */
@DbTest
class ViewsOfflineTest {

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="dim">
                <simple name="items">
                  <column name="sku" type="text"/>
                  <column name="price" type="numeric(10,2)"/>
                </simple>
              </schema>
              <schema name="rpt">
                <view name="prices">
                  <query>SELECT sku, price FROM dim.items</query>
                </view>
              </schema>
            </pgcraft>
            """;

    @TempDir
    Path project;

    @Test
    void unchangedViewsNeedNoServerAndChangedOnesSaySo() throws Exception {
        Path config = project.resolve("pgcraft.xml");
        Path migrations = project.resolve("migrations");
        GenerateOptions options = new GenerateOptions(config, "pgcraft.xml", migrations, null, false);
        Files.writeString(config, MODEL);
        assertTrue(new Generator(m -> { }, Registry.builtin(), TestPostgres.views()).generate(options).wroteSomething());

        Generator offline = new Generator(m -> { }, Registry.builtin(), ViewProbe.NONE);
        assertFalse(offline.generate(options).wroteSomething());
        assertEquals(List.of(), new Generator(m -> { }, Registry.builtin(), ViewProbe.UNKNOWN).plan(options)
                .changes());

        Files.writeString(config, MODEL.replace("numeric(10,2)", "numeric(12,2)"));
        PgcraftException e = assertThrows(PgcraftException.class, () -> offline.generate(options));
        assertEquals("PGC-VIEW-NEEDS-SERVER", e.problems().get(0).code());
        assertEquals("pgcraft.xml:9:5", e.problems().get(0).location().toString());
        assertTrue(e.problems().get(0).message().contains("rpt.prices (pgcraft.xml:9:5)"), e.problems().get(0).message());
        try (Stream<Path> files = Files.list(migrations)) {
            assertEquals(3, files.count(), "nothing written beside V1, U1 and the snapshot");
        }
        assertFalse(new Generator(m -> { }, Registry.builtin(), ViewProbe.UNKNOWN).plan(options).changes().isEmpty());
    }
}
