package dev.pgcraft.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeChangeTest {

    @ParameterizedTest(name = "{0} -> {1}: keeps every value = {2}")
    @CsvSource(delimiter = '|', value = {
            "integer | integer | true",
            "smallint | integer | true",
            "integer | bigint | true",
            "bigint | integer | false",
            "integer | smallint | false",
            "serial | bigint | true",
            "integer | numeric | true",
            "integer | numeric(10,0) | true",
            "integer | numeric(12,2) | true",
            "integer | numeric(9,0) | false",
            "bigint | numeric(20,2) | false",
            "bigint | numeric(21,2) | true",
            "numeric(10,2) | numeric(12,2) | true",
            "numeric(10,2) | numeric(12,4) | true",
            "numeric(10,2) | numeric(10,3) | false",
            "numeric(10,2) | numeric(10,1) | false",
            "numeric(10,2) | numeric | true",
            "numeric | numeric(30,10) | false",
            "numeric(10,2) | integer | false",
            "character varying(20) | character varying(50) | true",
            "character varying(50) | character varying(20) | false",
            "character varying(20) | character varying | true",
            "character varying | character varying(20) | false",
            "character varying(20) | text | true",
            "text | character varying | true",
            "text | character varying(100) | false",
            "character(3) | text | true",
            "character(3) | character varying(3) | false",
            "real | double precision | true",
            "double precision | real | false",
            "date | timestamp without time zone | true",
            "timestamp without time zone | date | false",
            "timestamp without time zone | timestamp with time zone | false",
            "json | jsonb | false",
            "uuid | text | true",
            "text | uuid | false",
    })
    void widensOrNarrows(String from, String to, boolean keeps) {
        assertEquals(keeps, TypeChange.keepsEveryValue(from, to));
    }
}
