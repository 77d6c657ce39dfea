package dev.pgcraft.generate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.migrate.UndoOptions;
import dev.pgcraft.migrate.Undoer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code previousName} on views, on a real PostgreSQL 18: a renamed materialized view keeps its rows, its storage
 * (it is not refilled: {@code relfilenode} stays), its indexes (renamed with it) and its comment, through the
 * migration and back through the undo file; a view over it whose query still names the old name is refused.
 */
@DbTest
class ViewRenameTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";
    private static final String HEAD = "<pgcraft xmlns=\"urn:pgcraft:1\">\n"
            + "  <schema name=\"dim\">\n"
            + "    <simple name=\"products\"><column name=\"sku\" type=\"text\" nullable=\"false\"/></simple>\n"
            + "  </schema>\n"
            + "  <schema name=\"rpt\">\n";
    private static final String COUNTS = "      <query>SELECT sku, count(*) AS n FROM dim.products GROUP BY sku</query>\n"
            + "      <index columns=\"sku\" unique=\"true\"/>\n"
            + "    </materializedView>\n";

    @TempDir
    Path project;

    private final List<String> messages = new ArrayList<>();
    private final MigrationListener listener = new MigrationListener() {
        @Override
        public void info(String message) {
            messages.add(message);
        }

        @Override
        public void applied(MigrationFile file, long millis) {
            messages.add("applied " + file.script());
        }
    };

    private GenerateResult generate(String views) throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, HEAD + views + "  </schema>\n</pgcraft>\n", StandardCharsets.UTF_8);
        return new Generator(message -> { }, Registry.builtin(), TestPostgres.views())
                .generate(new GenerateOptions(config, CONFIG, migrations(), null, false));
    }

    private Path migrations() {
        return project.resolve("src/main/resources/db/migration");
    }

    private String relfilenode(ConnectionSettings db, String relation) {
        return queryOne(db, "SELECT relfilenode FROM pg_class WHERE oid = '" + relation + "'::regclass");
    }

    @Test
    void aRenamedMaterializedViewKeepsItsRowsIndexesAndCommentWithoutARefill() throws IOException {
        ConnectionSettings db = TestPostgres.freshDatabase();
        generate("    <materializedView name=\"sku_counts\" comment=\"Per sku\" refresh=\"concurrently\">\n" + COUNTS);
        new Migrator().migrate(new MigrateOptions(db, migrations(), null, null), listener);
        TestPostgres.execute(db, "INSERT INTO dim.products (sku) VALUES ('a'), ('a'), ('b');"
                + "REFRESH MATERIALIZED VIEW rpt.sku_counts");
        // Rows the view has not seen: a refill would show them.
        TestPostgres.execute(db, "INSERT INTO dim.products (sku) VALUES ('c')");
        String storage = relfilenode(db, "rpt.sku_counts");

        GenerateResult renamed = generate("    <materializedView name=\"sku_totals\" previousName=\"sku_counts\" "
                + "comment=\"Per sku\" refresh=\"concurrently\">\n" + COUNTS);
        String sql = Files.readString(renamed.migration());
        assertTrue(sql.contains("ALTER MATERIALIZED VIEW \"rpt\".\"sku_counts\"\n    RENAME TO \"sku_totals\";"), sql);
        assertTrue(sql.contains("ALTER INDEX \"rpt\".\"ux__sku_counts__sku\"\n    RENAME TO \"ux__sku_totals__sku\";"),
                sql);
        assertFalse(sql.contains("pgcraft:refresh"), sql);
        messages.clear();
        new Migrator().migrate(new MigrateOptions(db, migrations(), null, null), listener);

        assertEquals(List.of("a|2", "b|1"), query(db, "SELECT sku, n FROM rpt.sku_totals ORDER BY sku"));
        assertEquals(storage, relfilenode(db, "rpt.sku_totals"));
        assertTrue(messages.stream().noneMatch(line -> line.startsWith("Refreshed")), messages.toString());
        assertEquals("ux__sku_totals__sku", queryOne(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'rpt'"));
        assertEquals("Per sku", queryOne(db, "SELECT obj_description('rpt.sku_totals'::regclass, 'pg_class')"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class WHERE relname = 'sku_counts'"));

        new Undoer().undo(UndoOptions.latest(db, migrations()), listener);
        assertEquals(List.of("a|2", "b|1"), query(db, "SELECT sku, n FROM rpt.sku_counts ORDER BY sku"));
        assertEquals(storage, relfilenode(db, "rpt.sku_counts"));
        assertEquals("ux__sku_counts__sku", queryOne(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'rpt'"));
    }

    @Test
    void aViewOverARenamedViewThatStillNamesTheOldNameIsRefusedAtItsQuery() throws IOException {
        generate("    <view name=\"skus\"><query>SELECT id, sku FROM dim.products</query></view>\n"
                + "    <view name=\"first_skus\">\n"
                + "      <query>SELECT sku FROM rpt.skus WHERE id &lt; 10</query>\n"
                + "    </view>\n");
        List<Path> before;
        try (Stream<Path> files = Files.list(migrations())) {
            before = files.sorted().toList();
        }
        String snapshot = Files.readString(migrations().resolve("pgcraft-snapshot.json"));

        PgcraftException refused = assertThrows(PgcraftException.class, () -> generate(
                "    <view name=\"product_skus\" previousName=\"skus\"><query>SELECT id, sku FROM dim.products</query>"
                        + "</view>\n"
                        + "    <view name=\"first_skus\">\n"
                        + "      <query>SELECT sku FROM rpt.skus WHERE id &lt; 10</query>\n"
                        + "    </view>\n"));

        Problem problem = refused.problems().get(0);
        assertEquals(1, refused.problems().size());
        assertEquals("PGC-VIEW-RENAME-UNDER", problem.code());
        assertEquals(CONFIG + ":8:7", problem.location().toString());
        assertEquals("View rpt.first_skus reads view rpt.skus (now rpt.product_skus), renamed in this change, but its "
                + "query still names the old name; PostgreSQL does not rewrite a view's text, so the model's query "
                + "would fail on a new database. Nothing was written.", problem.message());
        try (Stream<Path> files = Files.list(migrations())) {
            assertEquals(before, files.sorted().toList());
        }
        assertEquals(snapshot, Files.readString(migrations().resolve("pgcraft-snapshot.json")));

        // With the query updated in the same change, the rename goes through and the view over it is replaced.
        GenerateResult updated = generate(
                "    <view name=\"product_skus\" previousName=\"skus\"><query>SELECT id, sku FROM dim.products</query>"
                        + "</view>\n"
                        + "    <view name=\"first_skus\">\n"
                        + "      <query>SELECT sku FROM rpt.product_skus WHERE id &lt; 10</query>\n"
                        + "    </view>\n");
        String sql = Files.readString(updated.migration());
        assertTrue(sql.contains("ALTER VIEW \"rpt\".\"skus\"\n    RENAME TO \"product_skus\";"), sql);
        assertTrue(sql.contains("CREATE OR REPLACE VIEW \"rpt\".\"first_skus\" AS\n"
                + "SELECT sku FROM rpt.product_skus WHERE id < 10;"), sql);
    }
}
