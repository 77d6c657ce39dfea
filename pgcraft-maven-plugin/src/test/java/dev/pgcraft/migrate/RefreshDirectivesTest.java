package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.sql.SqlText;
import dev.pgcraft.render.MigrationRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.pgcraft.migrate.MigrationFile.RefreshMode.AFTER_MIGRATE;
import static dev.pgcraft.migrate.MigrationFile.RefreshMode.CONCURRENTLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The {@code -- pgcraft:refresh} lines: what they name, and a clear error at line:column for each bad one. */
class RefreshDirectivesTest {

    private static final Path FILE = Path.of("db/V2__x.sql");
    private static final String FORM = "Write it as: -- pgcraft:refresh <schema>.<view> afterMigrate|concurrently"
            + " (a name with capitals, spaces or quotes in double quotes: \"Rpt\".\"my view\")";

    @TempDir
    Path dir;

    private static List<MigrationFile.Refresh> read(String text) {
        List<Problem> problems = new ArrayList<>();
        List<MigrationFile.Refresh> refreshes = RefreshDirectives.read(FILE, text, problems);
        assertEquals(List.of(), problems);
        return refreshes;
    }

    private static Problem problem(String text) {
        List<Problem> problems = new ArrayList<>();
        RefreshDirectives.read(FILE, text, problems);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static Problem at(int line, int column, String message, String fix) {
        return new Problem("PGC-MIGRATE-REFRESH-DIRECTIVE", new SourceLocation(FILE.toString(), line, column),
                "pgcraft:refresh directive: " + message, fix);
    }

    @Test
    void readsPlainAndQuotedNamesAsTheCatalogStoresThem() {
        String text = "-- pgcraft migration V2\n"
                + "-- pgcraft:refresh rpt.sku_counts concurrently\n"
                + "--pgcraft:refresh   \"Rpt\".\"my \"\"big\"\" view\"\tafterMigrate  \n"
                + "-- pgcraft:refresh Rpt.Totals afterMigrate\n"
                + "\n"
                + "CREATE TABLE t (id int);\n"
                + "-- pgcraft:refresh rpt.after_the_header afterMigrate\n";

        assertEquals(List.of(new MigrationFile.Refresh("rpt", "sku_counts", CONCURRENTLY, 2),
                new MigrationFile.Refresh("Rpt", "my \"big\" view", AFTER_MIGRATE, 3),
                new MigrationFile.Refresh("rpt", "totals", AFTER_MIGRATE, 4)), read(text));
    }

    @Test
    void readsWhatGenerateWritesWithTheSharedConstant() {
        String name = SqlText.qualified("Rpt", "ünïcode view.2");
        List<MigrationFile.Refresh> refreshes = read(MigrationRenderer.REFRESH_DIRECTIVE + name + " concurrently\n");

        assertEquals(List.of(new MigrationFile.Refresh("Rpt", "ünïcode view.2", CONCURRENTLY, 1)), refreshes);
        assertEquals(name, refreshes.get(0).qualified());
        assertEquals("\"Rpt\".\"ünïcode view.2\"", refreshes.get(0).displayName());
        assertEquals("rpt.sku_counts", new MigrationFile.Refresh("rpt", "sku_counts", CONCURRENTLY, 1).displayName());
    }

    @Test
    void aViewNamedTwiceInOneFileWithTheSameModeIsOneRefresh() {
        assertEquals(List.of(new MigrationFile.Refresh("rpt", "a", AFTER_MIGRATE, 1)),
                read("-- pgcraft:refresh rpt.a afterMigrate\n-- pgcraft:refresh \"rpt\".\"a\" afterMigrate\n"));
    }

    @Test
    void badLinesAreErrorsAtTheirLineAndColumn() {
        assertEquals(at(2, 19, "the materialized view to refresh is missing", FORM),
                problem("-- header\n-- pgcraft:refresh\n"));
        assertEquals(at(1, 20, "'sku_counts' is not qualified: the view's schema is missing (migrate looks it up"
                        + " by schema and name, whatever the search_path)", FORM),
                problem("-- pgcraft:refresh sku_counts concurrently\n"));
        assertEquals(at(1, 30, "the refresh mode is missing after the view's name (afterMigrate or concurrently)",
                FORM), problem("-- pgcraft:refresh rpt.counts"));
        assertEquals(at(1, 31, "unknown refresh mode 'Concurrently': expected afterMigrate or concurrently (as"
                + " written, case matters)", FORM), problem("-- pgcraft:refresh rpt.counts Concurrently\n"));
        assertEquals(at(1, 31, "mode 'manual' means migrate never refreshes the view, so it has no directive",
                "Remove the line, or use afterMigrate or concurrently."),
                problem("-- pgcraft:refresh rpt.counts manual\n"));
        assertEquals(at(1, 44, "unexpected text after the mode: 'please'", FORM),
                problem("-- pgcraft:refresh rpt.counts afterMigrate please\n"));
        assertEquals(at(1, 24, "the quoted name starting here has no closing '\"'", FORM),
                problem("-- pgcraft:refresh rpt.\"counts concurrently\n"));
        assertEquals(at(1, 20, "an empty quoted name (\"\") names nothing", FORM),
                problem("-- pgcraft:refresh \"\".counts concurrently\n"));
        assertEquals(at(1, 24, "a name is missing after '.'", FORM), problem("-- pgcraft:refresh rpt."));
        assertEquals(at(1, 24, "expected a name (a letter or _, or a name in double quotes), found '1'", FORM),
                problem("-- pgcraft:refresh rpt.1counts afterMigrate\n"));
        assertEquals(at(1, 26, "a materialized view is named <schema>.<view>; found a third part", FORM),
                problem("-- pgcraft:refresh db.rpt.counts afterMigrate\n"));
        assertEquals(at(1, 30, "unexpected '(' after the view's name", FORM),
                problem("-- pgcraft:refresh rpt.counts(x) afterMigrate\n"));
        assertEquals(at(1, 19, "unknown directive 'pgcraft:refreshes'", FORM),
                problem("-- pgcraft:refreshes rpt.counts afterMigrate\n"));
        String long64 = "v".repeat(64);
        assertEquals(at(1, 24, "the name '" + long64 + "' is longer than PostgreSQL's 63 bytes: it cannot name a"
                + " view", FORM), problem("-- pgcraft:refresh rpt." + long64 + " afterMigrate\n"));
    }

    @Test
    void theColumnCountsTheLinesIndentation() {
        assertEquals(at(1, 35, "unknown refresh mode 'often': expected afterMigrate or concurrently (as written,"
                + " case matters)", FORM), problem("    -- pgcraft:refresh rpt.counts often\n"));
    }

    @Test
    void oneViewWithTwoModesInOneFileIsAnError() {
        assertEquals(at(2, 1, "rpt.a is named at line 1 as afterMigrate and here as concurrently",
                "Keep one of the two lines."),
                problem("-- pgcraft:refresh rpt.a afterMigrate\n-- pgcraft:refresh rpt.a concurrently\n"));
    }

    @Test
    void scanningFailsBeforeAnythingIsAppliedNamingFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int);\n");
        Path bad = Files.writeString(dir.resolve("V2__views.sql"),
                "-- pgcraft migration V2\n-- pgcraft:refresh rpt.counts concurently\nSELECT 1;\n");
        Path badUndo = Files.writeString(dir.resolve("U2__views.sql"), "-- pgcraft:refresh counts afterMigrate\n");

        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationScanner.scanAll(dir));

        assertEquals(List.of(badUndo + ":1:20", bad + ":2:31"),
                e.problems().stream().map(problem -> problem.location().toString()).toList());
        assertEquals(List.of("PGC-MIGRATE-REFRESH-DIRECTIVE", "PGC-MIGRATE-REFRESH-DIRECTIVE"),
                e.problems().stream().map(Problem::code).toList());
    }
}
