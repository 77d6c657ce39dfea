package dev.pgcraft.model.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static dev.pgcraft.model.sql.SqlFragment.Shape.EXPRESSION;
import static dev.pgcraft.model.sql.SqlFragment.Shape.QUERY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlFragmentTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0", "now()", "price >= 0", "lower(sku)", "sku ~ '^[A-Z]{3}-\\d+$'", "note <> 'a;b'", "\"odd;name\" > 1",
            "E'it\\'s' <> note", "$$a;b$$ <> note", "$tag$ $$ ; $tag$ <> note", "CASE WHEN a > 0 THEN 'x' END",
            "a /* a ; comment ) */ > 0", "a > 0 -- a comment\n", "array[1, 2] @> ids", "gen_random_uuid()",
            "update > 0", "values IS NOT NULL", "U&'d\\0061t\\+000061' <> note", "'it''s' <> note", "x'1F'::int > 0",
            "a /* nested /* comment */ still */ > 0", "$1 > 0", "coalesce(a, 0) + (b * 2)"})
    void oneExpressionIsAccepted(String fragment) {
        assertEquals(Optional.empty(), SqlFragment.check(fragment, EXPRESSION));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT 1 AS a", "WITH x AS (SELECT 1 AS a) SELECT a FROM x", "VALUES (1, 'a')",
            "(SELECT 1 AS a)", "SELECT a FROM t FOR UPDATE", "SELECT a FROM t FOR NO KEY UPDATE",
            "SELECT 'delete; insert' AS a -- note\n", "-- leading comment\nSELECT 1 AS a"})
    void oneQueryIsAccepted(String fragment) {
        assertEquals(Optional.empty(), SqlFragment.check(fragment, QUERY));
    }

    @Test
    void whatCouldEndTheStatementIsRefusedWithItsPosition() {
        assertMessage(EXPRESSION, "a); DROP TABLE t; --",
                "has a ')' at character 2 that closes nothing it opened");
        assertMessage(EXPRESSION, "a > 0; DROP TABLE t",
                "has a ';' at character 6, which would end the statement it is put in");
        assertMessage(EXPRESSION, "(a > 0", "has a '(' at character 1 that is never closed");
        assertMessage(EXPRESSION, "a[1) > 0", "has a ')' at character 4 that closes nothing it opened");
        assertMessage(EXPRESSION, "'abc", "has a string at character 1 that is never closed");
        assertMessage(EXPRESSION, "E'abc\\'", "has a string at character 1 that is never closed");
        assertMessage(EXPRESSION, "\"abc", "has a quoted identifier at character 1 that is never closed");
        assertMessage(EXPRESSION, "$x$ abc", "has a dollar-quoted string at character 1 that is never closed");
        assertMessage(EXPRESSION, "a /* x", "has a /* comment at character 3 that is never closed");
        assertMessage(EXPRESSION, "a > 0 -- x", "ends inside a -- comment (character 7), which would swallow what "
                + "follows it");
        assertMessage(EXPRESSION, "a = 'x\\' || ';' || 'y'", "has a string literal with a backslash before a quote, "
                + "which ends elsewhere when the server's standard_conforming_strings is off");
        assertMessage(EXPRESSION, "   ", "is empty");
        assertMessage(EXPRESSION, "/* only a comment */", "has no expression, only comments");
    }

    @Test
    void statementsAndSubqueriesAreNoExpressions() {
        assertMessage(EXPRESSION, "DROP TABLE t", "is a statement (it starts with DROP), not an expression");
        assertMessage(EXPRESSION, "select 1", "is a statement (it starts with SELECT), not an expression");
        assertMessage(EXPRESSION, "a < (SELECT max(a) FROM t)", "has a subquery (SELECT at character 6); "
                + "PostgreSQL allows none in a check, a default or an index");
    }

    @Test
    void aQueryOnlyReads() {
        assertMessage(QUERY, "DELETE FROM t RETURNING 1", "is not a query: it starts with 'DELETE'");
        assertMessage(QUERY, "WITH d AS (UPDATE t SET a = 1 RETURNING a) SELECT a FROM d",
                "writes (UPDATE at character 12); it must only read");
        assertMessage(QUERY, "SELECT 1; DROP TABLE t", "has a ';' at character 9, which would end the statement it "
                + "is put in");
    }

    @Test
    void theLexerKnowsPostgresQuoting() {
        String sql = "E'a\\'b' \"c\"\"d\" $t$ x $t$ $1 -- c\n/* a /* b */ */ x;";
        List<SqlLexer.Kind> kinds = SqlLexer.tokens(sql).stream().map(SqlLexer.Token::kind).toList();
        assertEquals(List.of(SqlLexer.Kind.STRING, SqlLexer.Kind.QUOTED_IDENTIFIER, SqlLexer.Kind.DOLLAR_QUOTED,
                SqlLexer.Kind.PARAMETER, SqlLexer.Kind.LINE_COMMENT, SqlLexer.Kind.BLOCK_COMMENT, SqlLexer.Kind.WORD,
                SqlLexer.Kind.SYMBOL), kinds);
        assertTrue(SqlLexer.tokens(sql).stream().allMatch(SqlLexer.Token::terminated));
        // With standard_conforming_strings off, 'a\' does not end at its second quote.
        assertEquals(2, SqlLexer.tokens("'a\\' b", true).size());
        assertEquals(1, SqlLexer.tokens("'a\\' b", false).size());
    }

    private static void assertMessage(SqlFragment.Shape shape, String fragment, String message) {
        assertEquals(message, SqlFragment.check(fragment, shape).map(SqlFragment.Defect::message).orElse("accepted"),
                fragment);
    }
}
