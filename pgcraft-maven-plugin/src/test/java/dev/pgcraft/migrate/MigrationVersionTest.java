package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MigrationVersionTest {

    @Test
    void comparesNumericallyPartByPart() {
        List<String> sorted = Stream.of("10", "2", "1.1", "1", "1.10", "1.2", "1_3")
                .map(MigrationVersion::parse).sorted().map(MigrationVersion::toString).toList();
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.10", "2", "10"), sorted);
    }

    @Test
    void trailingZerosDoNotMakeADifferentVersion() {
        assertEquals(MigrationVersion.parse("1"), MigrationVersion.parse("1.0"));
        assertEquals(MigrationVersion.parse("1").hashCode(), MigrationVersion.parse("1.0.0").hashCode());
        assertEquals("1.0", MigrationVersion.parse("1_0").toString());
    }

    @Test
    void rejectsWhatIsNotAVersion() {
        assertFalse(MigrationVersion.isValid("1."));
        assertFalse(MigrationVersion.isValid("a"));
        assertFalse(MigrationVersion.isValid(""));
        PgcraftException e = assertThrows(PgcraftException.class, () -> MigrationVersion.parse("1..2"));
        assertEquals("Not a migration version: '1..2'", e.problems().get(0).message());
    }
}
