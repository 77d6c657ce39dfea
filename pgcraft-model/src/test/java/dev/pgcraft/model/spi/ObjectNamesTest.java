package dev.pgcraft.model.spi;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObjectNamesTest {

    @Test
    void followsPgcraftsConvention() {
        assertEquals("pk__products__id", ObjectNames.derived("pk", "products", List.of("id")));
        assertEquals("uq__products__sku", ObjectNames.derived("uq", "products", List.of("sku")));
        assertEquals("ix__products__a_b", ObjectNames.derived("ix", "products", List.of("a", "b")));
        assertEquals("fk__products__category_id__categories",
                ObjectNames.foreignKey("products", List.of("category_id"), "categories"));
    }

    @Test
    void longNamesAreCutTo63BytesWithAStableDistinctHash() {
        String table = "a_table_with_a_really_rather_long_name_for_testing";
        String one = ObjectNames.foreignKey(table, List.of("first_reference_column"), "other_table");
        String two = ObjectNames.foreignKey(table, List.of("second_reference_column"), "other_table");
        assertEquals(63, one.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(one.startsWith("fk__" + table.substring(0, 20)));
        assertTrue(one.matches(".*_[0-9a-f]{8}"), one);
        assertNotEquals(one, two);
        assertEquals(one, ObjectNames.foreignKey(table, List.of("first_reference_column"), "other_table"));
    }

    @Test
    void cuttingNeverSplitsAMultiByteCharacter() {
        String name = ObjectNames.fit("ix__" + "é".repeat(40));
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 63);
        assertTrue(name.matches("ix__é+_[0-9a-f]{8}"), name);
    }
}
