package dev.pgcraft.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogDifferenceTest {

    @Test
    void compareReportsEachDisagreementOnceSortedByKey() {
        Catalog expected = Catalog.of(Map.of("b", "1", "a", "same", "d", "only expected"));
        Catalog actual = Catalog.of(Map.of("c", "only actual", "a", "same", "b", "2"));
        assertEquals(List.of(
                new CatalogDifference("b", "1", "2"),
                new CatalogDifference("c", null, "only actual"),
                new CatalogDifference("d", "only expected", null)), Catalog.compare(expected, actual));
        assertEquals(List.of(), Catalog.compare(actual, actual));
    }

    @Test
    void kindsAndTheirDescriptions() {
        CatalogDifference onlyExpected = new CatalogDifference("table a.t", "CREATE TABLE a.t", null);
        assertEquals(CatalogDifference.Kind.ONLY_IN_EXPECTED, onlyExpected.kind());
        assertEquals("table a.t: only in from-scratch database\n    CREATE TABLE a.t",
                onlyExpected.describe("from-scratch database", "migrated database"));
        CatalogDifference onlyActual = new CatalogDifference("view a.v", null, "CREATE VIEW a.v AS\n SELECT 1;");
        assertEquals(CatalogDifference.Kind.ONLY_IN_ACTUAL, onlyActual.kind());
        assertEquals("view a.v: only in migrated database\n    CREATE VIEW a.v AS\n     SELECT 1;",
                onlyActual.describe("from-scratch database", "migrated database"));
    }

    @Test
    void longDefinitionsDifferLineByLineWithOneLineOfContext() {
        String expected = "one\ntwo\nthree\nfour\nfive\nsix\nseven";
        String actual = "one\ntwo\nthree\nFOUR\nfive\nsix\nseven\neight";
        assertEquals("""
                x: differs (- a, + b)
                      ...
                      three
                    - four
                    + FOUR
                      five
                      six
                      seven
                    + eight""", new CatalogDifference("x", expected, actual).describe("a", "b"));
    }
}
