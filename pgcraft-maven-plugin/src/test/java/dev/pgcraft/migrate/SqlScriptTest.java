package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlScriptTest {

    private static List<String> sql(String script) {
        return SqlScript.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndDropsEmptyStatements() {
        assertEquals(List.of("CREATE TABLE a (id int)", "INSERT INTO a VALUES (1)"),
                sql("CREATE TABLE a (id int);;\n  ;INSERT INTO a VALUES (1);\n"));
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sql("SELECT 1;\nSELECT 2\n"));
    }

    @Test
    void reportsStartLineAndColumnOfEachStatement() {
        List<SqlStatement> statements = SqlScript.split("-- header\n\nSELECT 1;  SELECT\n 2;\n/* c */ SELECT 3;");
        assertEquals(List.of(new SqlStatement("SELECT 1", 3, 1), new SqlStatement("SELECT\n 2", 3, 12),
                new SqlStatement("SELECT 3", 5, 9)), statements);
    }

    @Test
    void semicolonsInsideStringsDoNotSplit() {
        assertEquals(List.of("SELECT 'a;b', 'it''s; fine'", "SELECT 2"),
                sql("SELECT 'a;b', 'it''s; fine'; SELECT 2;"));
    }

    @Test
    void escapeStringsHonourBackslashes() {
        assertEquals(List.of("SELECT E'it\\'s; \\\\', e'x;'", "SELECT 2"),
                sql("SELECT E'it\\'s; \\\\', e'x;'; SELECT 2;"));
    }

    @Test
    void backslashIsPlainInStandardStrings() {
        // standard_conforming_strings: 'C:\' ends at the quote after the backslash
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), sql("SELECT 'C:\\'; SELECT 2;"));
    }

    @Test
    void identifierEndingInEIsNotAnEscapeString() {
        // "type'..." cannot happen in SQL, but "some_e" followed by a string must not switch to E-mode
        assertEquals(List.of("SELECT some_e'\\'", "SELECT 2"), sql("SELECT some_e'\\'; SELECT 2;"));
    }

    @Test
    void quotedIdentifiersMayHoldSemicolonsAndQuotes() {
        assertEquals(List.of("CREATE TABLE \"a;b\"\"c\" (\"x'y\" int)", "SELECT 2"),
                sql("CREATE TABLE \"a;b\"\"c\" (\"x'y\" int); SELECT 2;"));
    }

    @Test
    void dollarQuotedFunctionBodiesKeepTheirSemicolons() {
        String function = """
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO log VALUES ('x;'); -- a comment; with 'quote
                  RETURN NEW;
                END;
                $$""";
        assertEquals(List.of(function, "SELECT 1"), sql(function + ";\nSELECT 1;"));
    }

    @Test
    void taggedDollarQuotesNestOtherTags() {
        String body = "DO $outer$ BEGIN EXECUTE $inner$ SELECT 1; $inner$; PERFORM $$;$$; END $outer$";
        assertEquals(List.of(body, "SELECT 2"), sql(body + "; SELECT 2"));
    }

    @Test
    void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
        assertEquals(List.of("PREPARE p AS SELECT $1", "SELECT a$b$ FROM t", "SELECT 3"),
                sql("PREPARE p AS SELECT $1; SELECT a$b$ FROM t; SELECT 3"));
    }

    @Test
    void commentsWithQuotesAndSemicolonsAreSkipped() {
        assertEquals(List.of("SELECT 1", "SELECT 2 /* it's; here */ + 1"),
                sql("-- don't; split\nSELECT 1; /* nor 'here; */\nSELECT 2 /* it's; here */ + 1;"));
    }

    @Test
    void blockCommentsNest() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sql("/* outer /* inner; */ still; comment */ SELECT 1; SELECT 2"));
    }

    @Test
    void commentOnlyScriptHasNoStatements() {
        assertEquals(List.of(), sql("-- pgcraft:min-postgresql 18 uuidv7()\n/* nothing */\n;\n"));
    }

    @Test
    void lineCommentAtEndOfFileWithoutNewline() {
        assertEquals(List.of("SELECT 1"), sql("SELECT 1; -- done"));
    }

    @Test
    void sqlStandardFunctionBodiesKeepTheirSemicolons() {
        String function = "CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                + "  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT x;\nEND";
        assertEquals(List.of(function, "SELECT 2"), sql(function + ";\nSELECT 2;"));
    }

    @Test
    void multiActionRulesKeepTheirSemicolons() {
        String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); NOTIFY t)";
        assertEquals(List.of(rule, "SELECT 2"), sql(rule + "; SELECT 2;"));
    }

    @Test
    void transactionBeginIsNotAnAtomicBody() {
        assertEquals(List.of("BEGIN", "SELECT 1", "COMMIT"), sql("BEGIN; SELECT 1; COMMIT;"));
    }

    @Test
    void crlfLineEndingsCountAsOneLine() {
        List<SqlStatement> statements = SqlScript.split("SELECT 1;\r\n\r\nSELECT\r\n 2;");
        assertEquals(List.of(new SqlStatement("SELECT 1", 1, 1), new SqlStatement("SELECT\n 2", 3, 1)), statements);
    }

    @Test
    void serverPositionBecomesFileLineAndColumn() {
        SqlStatement statement = new SqlStatement("INSERT INTO t\n  VALUES (nope)", 7, 5);
        assertEquals(new SqlStatement.Position(7, 17), statement.positionOf(13));
        assertEquals(new SqlStatement.Position(8, 11), statement.positionOf(25));
    }

    @Test
    void serverPositionCountsCharactersNotUtf16Units() {
        SqlStatement statement = new SqlStatement("SELECT '\uD83D\uDE00', nope", 1, 1);
        // the emoji is one character for PostgreSQL; "nope" starts at character 13
        assertEquals(new SqlStatement.Position(1, 13), statement.positionOf(13));
    }

    private static List<String> nonTransactional(String script) {
        return SqlScript.split(script).stream().filter(SqlStatement::nonTransactional).map(SqlStatement::sql).toList();
    }

    @Test
    void statementsAfterTheMarkerAreNonTransactional() {
        List<SqlStatement> statements = SqlScript.split("""
                CREATE TABLE t (v int);
                -- pgcraft:non-transactional
                SET lock_timeout = '5s';
                CREATE INDEX CONCURRENTLY ix ON t (v);
                """);
        assertEquals(List.of(new SqlStatement("CREATE TABLE t (v int)", 1, 1, false),
                new SqlStatement("SET lock_timeout = '5s'", 3, 1, true),
                new SqlStatement("CREATE INDEX CONCURRENTLY ix ON t (v)", 4, 1, true)), statements);
    }

    @Test
    void markerMayHaveSurroundingWhitespaceAndStartTheFile() {
        assertEquals(List.of("SELECT 1", "SELECT 2"),
                nonTransactional("  \t--   pgcraft:non-transactional  \r\nSELECT 1;\nSELECT 2;"));
    }

    @Test
    void markerTextInsideQuotedTextOrOtherCommentsIsNotAMarker() {
        String script = """
                SELECT '
                -- pgcraft:non-transactional
                ';
                DO $body$ BEGIN
                -- pgcraft:non-transactional
                END $body$;
                CREATE TABLE "
                -- pgcraft:non-transactional
                " (v int);
                /*
                -- pgcraft:non-transactional
                */
                SELECT 1; -- pgcraft:non-transactional
                -- pgcraft:non-transactional, or not
                SELECT 2;
                """;
        assertEquals(5, SqlScript.split(script).size());
        assertEquals(List.of(), nonTransactional(script));
    }

    @Test
    void secondMarkerIsAnErrorNamingItsLine() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> SqlScript.split(
                "SELECT 1;\n-- pgcraft:non-transactional\nSELECT 2;\n\n-- pgcraft:non-transactional\nSELECT 3;",
                "V1__x.sql"));
        assertEquals(List.of(new Problem("PGC-MIGRATE-NON-TRANSACTIONAL-MARKER", new SourceLocation("V1__x.sql", 5, 0),
                "A second -- pgcraft:non-transactional marker at line 5 (the first is at line 2); a file has at most"
                        + " one non-transactional part",
                "Keep the first marker and put every statement that must run outside a transaction after it")),
                e.problems());
    }

    @Test
    void markerInsideAStatementIsAnError() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> SqlScript.split(
                "CREATE TABLE t (\n  v int\n  -- pgcraft:non-transactional\n);\n", "V1__x.sql"));
        assertEquals("V1__x.sql:3: The -- pgcraft:non-transactional marker at line 3 is inside the statement that"
                + " starts at line 1; it must stand between statements [PGC-MIGRATE-NON-TRANSACTIONAL-MARKER]"
                + System.lineSeparator() + "  Move the marker after the semicolon that ends the statement",
                e.getMessage());
    }
}
