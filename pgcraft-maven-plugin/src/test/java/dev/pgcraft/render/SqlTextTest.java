package dev.pgcraft.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlTextTest {

    @Test
    void quotesEveryIdentifierAndDoublesEmbeddedQuotes() {
        assertEquals("\"products\"", SqlText.ident("products"));
        assertEquals("\"Order\"", SqlText.ident("Order"));
        assertEquals("\"a\"\"; DROP TABLE x; --\"", SqlText.ident("a\"; DROP TABLE x; --"));
        assertEquals("\"dim\".\"user\"", SqlText.qualified("dim", "user"));
        assertEquals("\"a\", \"b\"", SqlText.identList(List.of("a", "b")));
    }

    @Test
    void escapesLiterals() {
        assertEquals("'it''s'", SqlText.literal("it's"));
        assertEquals("'back\\slash'", SqlText.literal("back\\slash"));
        assertThrows(IllegalArgumentException.class, () -> SqlText.literal("nul\0"));
    }

    @Test
    void dollarQuotingPicksATagNotInTheBody() {
        assertEquals("$pgcraft$ BEGIN END $pgcraft$", SqlText.dollarQuoted(" BEGIN END "));
        assertEquals("$pgcraft1$x $pgcraft$ y$pgcraft1$", SqlText.dollarQuoted("x $pgcraft$ y"));
        assertEquals("$pgcraft1$", SqlText.dollarTag("a$pgcraft$"), "a name cannot close the quote");
    }
}
