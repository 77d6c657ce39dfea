package dev.pgcraft.model.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlTextTest {

    @Test
    void literalsWithoutBackslashesArePlainAndOthersEscapeStrings() {
        assertEquals("'it''s'", SqlText.literal("it's"));
        // E'…' reads the same with standard_conforming_strings on or off; '…' with a backslash does not.
        assertEquals("E'a\\\\''; DROP TABLE t; --'", SqlText.literal("a\\'; DROP TABLE t; --"));
        assertEquals("E'\\\\d+'", SqlText.literal("\\d+"));
    }

    @Test
    void identifiersDoubleTheirQuotes() {
        assertEquals("\"a\"\"b\"", SqlText.ident("a\"b"));
    }
}
