package dev.pgcraft.kinds.eav;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Value column names of the eav attribute log: readable, one per exact type, never over 63 bytes. */
class EavStorageTest {

    @Test
    void valueColumnsAreNamedAfterTheCanonicalType() {
        assertEquals("value_text", EavStorage.valueColumn("text"));
        assertEquals("value_integer", EavStorage.valueColumn("integer"));
        assertEquals("value_numeric_10_2", EavStorage.valueColumn("numeric(10,2)"));
        assertEquals("value_numeric", EavStorage.valueColumn("numeric"));
        assertEquals("value_varchar_80", EavStorage.valueColumn("character varying(80)"));
        assertEquals("value_timestamptz", EavStorage.valueColumn("timestamp with time zone"));
        assertEquals("value_timestamp_3", EavStorage.valueColumn("timestamp(3) without time zone"));
        assertEquals("value_timestamptz_3", EavStorage.valueColumn("timestamp(3) with time zone"));
        assertEquals("value_timetz", EavStorage.valueColumn("time with time zone"));
        assertEquals("value_timestamp", EavStorage.valueColumn("timestamp without time zone"));
        assertEquals("value_float8", EavStorage.valueColumn("double precision"));
        assertEquals("value_text_array", EavStorage.valueColumn("text[]"));
        assertEquals("value_public_mood", EavStorage.valueColumn("public.mood"));
        assertEquals("value_interval_day_to_second_3", EavStorage.valueColumn("interval day to second(3)"));
    }

    @Test
    void longTypeNamesAreFitTo63Bytes() {
        String name = EavStorage.valueColumn("a_schema_with_a_long_name.a_type_with_an_even_longer_name_than_that");
        assertTrue(name.startsWith("value_a_schema_with_a_long_name_a_type"), name);
        assertEquals(63, name.length());
    }
}
