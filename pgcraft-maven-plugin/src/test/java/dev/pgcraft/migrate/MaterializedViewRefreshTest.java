package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -- pgcraft:refresh} on a real PostgreSQL 18: which views a run refreshes, how, in which order, and what a
 * failure says. A plain {@code REFRESH} writes the view into a new file ({@code pg_class.relfilenode} changes);
 * {@code CONCURRENTLY} updates it in place (it stays): that tells the two apart.
 */
class MaterializedViewRefreshTest extends FreshDatabaseTest {

    private static final String NL = System.lineSeparator();
    private static final String ITEMS = "CREATE TABLE items (sku text NOT NULL, qty int NOT NULL);\n"
            + "INSERT INTO items VALUES ('a', 1), ('a', 2), ('b', 5);\n"
            + "CREATE SCHEMA rpt;\n";
    private static final String COUNTS = "CREATE MATERIALIZED VIEW rpt.counts AS\n"
            + "  SELECT sku, count(*) AS n, sum(qty) AS total FROM items GROUP BY sku";

    private MigrateResult migrate() {
        return new Migrator().migrate(MigrateOptions.of(db, dir), listener);
    }

    private String relfilenode(String view) {
        return queryOne(db, "SELECT relfilenode FROM pg_class WHERE oid = '" + view + "'::regclass");
    }

    private String populated(String view) {
        return queryOne(db, "SELECT relispopulated FROM pg_class WHERE oid = '" + view + "'::regclass");
    }

    private List<String> refreshLines() {
        return listener.messages.stream().filter(line -> line.startsWith("Refreshed") || line.startsWith("Skipped"))
                .map(line -> line.replaceAll(" in \\d+ ms$", " in N ms")).toList();
    }

    @Test
    void fillsAViewCreatedWithNoDataAfterTheFilesOutsideTheirTransactions() throws IOException {
        write("V1__items.sql", ITEMS);
        write("V2__counts.sql", "-- pgcraft migration V2\n-- pgcraft:refresh \"rpt\".\"counts\" concurrently\n\n"
                + COUNTS + "\n  WITH NO DATA;\nCREATE UNIQUE INDEX ON rpt.counts (sku);\n");

        migrate();

        assertEquals("t", populated("rpt.counts"));
        assertEquals(List.of("a|2|3", "b|1|5"), query(db, "SELECT * FROM rpt.counts ORDER BY sku"));
        assertEquals(List.of("applied V1__items.sql", "applied V2__counts.sql",
                "Refreshed materialized view rpt.counts (it was not populated) in N ms"),
                listener.messages.subList(1, 4).stream().map(line -> line.replaceAll(" in \\d+ ms$", " in N ms"))
                        .toList());
        assertTrue(listener.messages.get(4).startsWith("Applied 2 migrations, now at version 2"));
        // The refresh is not a migration: history holds the two files and nothing else.
        assertEquals(List.of("1|t", "2|t"), query(db, "SELECT version, success FROM pgcraft_schema_history"
                + " ORDER BY installed_rank"));
    }

    @Test
    void aPopulatedViewInModeConcurrentlyIsRefreshedConcurrentlyAndAfterMigratePlainly() throws IOException {
        write("V1__items.sql", ITEMS + COUNTS + ";\nCREATE UNIQUE INDEX ON rpt.counts (sku);\n"
                + "CREATE MATERIALIZED VIEW rpt.skus AS SELECT DISTINCT sku FROM items;\n");
        migrate();
        String countsFile = relfilenode("rpt.counts");
        String skusFile = relfilenode("rpt.skus");
        write("V2__more.sql", "-- pgcraft:refresh rpt.counts concurrently\n-- pgcraft:refresh rpt.skus afterMigrate\n"
                + "INSERT INTO items VALUES ('c', 7);\n");
        listener.messages.clear();

        migrate();

        assertEquals(List.of("a|2|3", "b|1|5", "c|1|7"), query(db, "SELECT * FROM rpt.counts ORDER BY sku"));
        assertEquals(List.of("a", "b", "c"), query(db, "SELECT sku FROM rpt.skus ORDER BY sku"));
        assertEquals(countsFile, relfilenode("rpt.counts"));
        assertNotEquals(skusFile, relfilenode("rpt.skus"));
        assertEquals(List.of("Refreshed materialized view rpt.counts concurrently in N ms",
                "Refreshed materialized view rpt.skus in N ms"), refreshLines());
    }

    @Test
    void aViewOverAnotherIsRefreshedAfterItWhateverTheFilesSay() throws IOException {
        // "a_top" reads "base" through the plain view "middle"; by name it would come first, and fail on a "base"
        // that is not populated yet.
        write("V1__stack.sql", "-- pgcraft:refresh rpt.a_top afterMigrate\n" + ITEMS
                + "CREATE MATERIALIZED VIEW rpt.base AS SELECT sku, qty FROM items WITH NO DATA;\n"
                + "CREATE VIEW rpt.middle AS SELECT sku, sum(qty) AS total FROM rpt.base GROUP BY sku;\n"
                + "CREATE MATERIALIZED VIEW rpt.a_top AS SELECT max(total) AS most FROM rpt.middle WITH NO DATA;\n");
        write("V2__more.sql", "-- pgcraft:refresh rpt.base afterMigrate\nINSERT INTO items VALUES ('c', 9);\n");

        migrate();

        assertEquals(List.of("Refreshed materialized view rpt.base (it was not populated) in N ms",
                "Refreshed materialized view rpt.a_top (it was not populated) in N ms"), refreshLines());
        assertEquals("9", queryOne(db, "SELECT most FROM rpt.a_top"));
    }

    @Test
    void aViewNamedByTwoFilesIsRefreshedOnceInTheModeOfTheLastOne() throws IOException {
        write("V1__items.sql", ITEMS + COUNTS + ";\nCREATE UNIQUE INDEX ON rpt.counts (sku);\n");
        migrate();
        String before = relfilenode("rpt.counts");
        write("V2__more.sql", "-- pgcraft:refresh rpt.counts afterMigrate\nINSERT INTO items VALUES ('c', 1);\n");
        write("V3__more.sql", "-- pgcraft:refresh rpt.counts concurrently\nINSERT INTO items VALUES ('d', 1);\n");
        listener.messages.clear();

        migrate();

        assertEquals(List.of("Refreshed materialized view rpt.counts concurrently in N ms"), refreshLines());
        assertEquals(before, relfilenode("rpt.counts"));
        assertEquals("4", queryOne(db, "SELECT count(*) FROM rpt.counts"));
    }

    @Test
    void aRunThatAppliesNothingRefreshesNothing() throws IOException {
        write("V1__items.sql", "-- pgcraft:refresh rpt.counts afterMigrate\n" + ITEMS + COUNTS + ";\n");
        migrate();
        String before = relfilenode("rpt.counts");
        listener.messages.clear();

        migrate();

        assertEquals(List.of("Schema is up to date at version 1"), listener.messages);
        assertEquals(before, relfilenode("rpt.counts"));
    }

    @Test
    void aViewDroppedOrReplacedByALaterFileIsSkipped() throws IOException {
        write("V1__items.sql", "-- pgcraft:refresh rpt.gone afterMigrate\n"
                + "-- pgcraft:refresh rpt.replaced concurrently\n" + ITEMS
                + "CREATE MATERIALIZED VIEW rpt.gone AS SELECT 1 AS one WITH NO DATA;\n"
                + "CREATE MATERIALIZED VIEW rpt.replaced AS SELECT 1 AS one WITH NO DATA;\n");
        write("V2__drop.sql", "DROP MATERIALIZED VIEW rpt.gone;\nDROP MATERIALIZED VIEW rpt.replaced;\n"
                + "CREATE VIEW rpt.replaced AS SELECT 2 AS two;\n");

        MigrateResult result = migrate();

        assertEquals(2, result.applied().size());
        assertEquals(List.of("Skipped the refresh of materialized view rpt.gone: there is no such materialized view"
                        + " any more (named by V1__items.sql, dropped or replaced since)",
                "Skipped the refresh of materialized view rpt.replaced: there is no such materialized view any more"
                        + " (named by V1__items.sql, dropped or replaced since)"), refreshLines());
    }

    @Test
    void aRefreshThatFailsSaysTheFilesAreAppliedAndWhatToRunByHand() throws IOException {
        write("V1__items.sql", ITEMS + COUNTS + ";\nCREATE MATERIALIZED VIEW rpt.top AS SELECT max(n) AS n"
                + " FROM rpt.counts;\n");
        Path v2 = write("V2__more.sql", "-- pgcraft migration V2\n-- pgcraft:refresh rpt.top afterMigrate\n"
                + "-- pgcraft:refresh rpt.counts concurrently\nINSERT INTO items VALUES ('c', 1);\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertEquals(List.of(new Problem("PGC-MIGRATE-REFRESH-FAILED", new SourceLocation(v2.toString(), 3, 0),
                "Refreshing materialized view rpt.counts concurrently (named by V2__more.sql) failed: cannot refresh"
                        + " materialized view \"rpt.counts\" concurrently (SQLSTATE 55000)" + NL
                        + "Hint: Create a unique index with no WHERE clause on one or more columns of the materialized"
                        + " view." + NL
                        + "Statement: REFRESH MATERIALIZED VIEW CONCURRENTLY \"rpt\".\"counts\"" + NL
                        + "The migrations of this run ARE applied and recorded (schema version: 2); only the refresh"
                        + " failed, and running pgcraft:migrate again will not retry it, as it finds nothing to apply."
                        + NL + "Not refreshed either (they come after it): rpt.top",
                "Give the view a unique index on plain columns (no WHERE clause, no expression), or refresh it in"
                        + " mode afterMigrate (readers then wait while it runs); then run by hand, in this order:"
                        + " REFRESH MATERIALIZED VIEW CONCURRENTLY \"rpt\".\"counts\"; REFRESH MATERIALIZED VIEW"
                        + " \"rpt\".\"top\";")), e.problems());
        assertEquals(List.of("1|t", "2|t"), query(db, "SELECT version, success FROM pgcraft_schema_history"
                + " ORDER BY installed_rank"));
        assertEquals(List.of("applied V1__items.sql", "applied V2__more.sql"), listener.messages.subList(1, 3));
        assertTrue(migrate().upToDate());
    }

    @Test
    void aFailingFillIsReportedWithTheServersError() throws IOException {
        write("V1__items.sql", ITEMS + "INSERT INTO items VALUES ('z', 0);\n"
                + "CREATE MATERIALIZED VIEW rpt.ratio AS SELECT 10 / qty AS r FROM items WITH NO DATA;\n");
        Path v2 = write("V2__refresh.sql", "-- pgcraft:refresh rpt.ratio afterMigrate\nSELECT 1;\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        Problem problem = e.problems().get(0);
        assertEquals(new SourceLocation(v2.toString(), 1, 0), problem.location());
        assertTrue(problem.message().startsWith("Refreshing materialized view rpt.ratio (named by V2__refresh.sql)"
                + " failed: division by zero (SQLSTATE 22012)" + NL
                + "Statement: REFRESH MATERIALIZED VIEW \"rpt\".\"ratio\"" + NL), problem.message());
        assertEquals("Fix the cause; then run by hand, in this order: REFRESH MATERIALIZED VIEW \"rpt\".\"ratio\";",
                problem.fix());
        assertEquals("f", populated("rpt.ratio"));
    }

    @Test
    void theFilesAppliedBeforeAFailedOneStillGetTheirRefreshes() throws IOException {
        write("V1__counts.sql", "-- pgcraft:refresh rpt.counts afterMigrate\n" + ITEMS + COUNTS + " WITH NO DATA;\n");
        write("V2__broken.sql", "SELECT * FROM no_such_table;\n");

        PgcraftException e = assertThrows(PgcraftException.class, this::migrate);

        assertEquals("PGC-MIGRATE-STATEMENT-FAILED", e.problems().get(0).code());
        assertEquals("t", populated("rpt.counts"));
        assertEquals(List.of("Refreshed materialized view rpt.counts (it was not populated) in N ms"),
                refreshLines());
    }

    @Test
    void dryRunListsTheRefreshesAndRunsNone() throws IOException {
        write("V1__items.sql", ITEMS);
        write("V2__counts.sql", "-- pgcraft:refresh rpt.counts concurrently\n-- pgcraft:refresh \"rpt\".\"Top\""
                + " afterMigrate\n" + COUNTS + " WITH NO DATA;\n");
        Path plan = dir.resolve("plan/plan.sql");

        new Migrator().migrate(new MigrateOptions(db, dir, null, null, null, plan), listener);

        String text = Files.readString(plan);
        assertTrue(text.endsWith("\n-- [refresh] then, outside the files' transactions, each materialized view they"
                + " name, once, in dependency order (read from the catalog then); CONCURRENTLY only for a view in"
                + " mode concurrently that is populated by then, skipped if it no longer exists:\n"
                + "-- [refresh] REFRESH MATERIALIZED VIEW [CONCURRENTLY] \"rpt\".\"counts\";  -- concurrently,"
                + " V2__counts.sql\n"
                + "-- [refresh] REFRESH MATERIALIZED VIEW \"rpt\".\"Top\";  -- afterMigrate, V2__counts.sql\n"
                + "\n-- [lock] SELECT pg_advisory_unlock(" + HistoryTable.named(null).lockKey() + ")\n"), text);
        assertEquals("Dry run: migrate would then refresh 2 materialized views: rpt.counts, rpt.\"Top\"",
                listener.messages.get(listener.messages.size() - 1));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class WHERE relname = 'items'"));
    }

    @Test
    void undoRefreshesWhatItsUndoFilesName() throws IOException {
        write("V1__items.sql", ITEMS + COUNTS + ";\n");
        write("V2__more.sql", "-- pgcraft:refresh rpt.counts afterMigrate\nINSERT INTO items VALUES ('c', 1);\n");
        write("U2__more.sql", "-- pgcraft:refresh rpt.counts afterMigrate\nDELETE FROM items WHERE sku = 'c';\n");
        migrate();
        assertEquals("3", queryOne(db, "SELECT count(*) FROM rpt.counts"));
        listener.messages.clear();

        new Undoer().undo(new UndoOptions(db, dir, null, null), listener);

        assertEquals("2", queryOne(db, "SELECT count(*) FROM rpt.counts"));
        assertEquals(List.of("Refreshed materialized view rpt.counts in N ms"), refreshLines());
    }
}
