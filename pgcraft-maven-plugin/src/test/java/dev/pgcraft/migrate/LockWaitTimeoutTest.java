package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code pgcraft.lockWaitTimeout}: the syntax of {@code pgcraft.lockTimeout}, plus {@code 0} for forever. */
class LockWaitTimeoutTest {

    @Test
    void unitsAsPostgresWritesThem() {
        assertEquals(Duration.ofMillis(500), LockWaitTimeout.parse("500ms"));
        assertEquals(Duration.ofMillis(500), LockWaitTimeout.parse("500"));
        assertEquals(Duration.ofSeconds(30), LockWaitTimeout.parse("30s"));
        assertEquals(Duration.ofMinutes(10), LockWaitTimeout.parse(LockWaitTimeout.DEFAULT));
        assertEquals(Duration.ofHours(2), LockWaitTimeout.parse("2h"));
        assertEquals(Duration.ZERO, LockWaitTimeout.parse("0"));
    }

    @Test
    void malformedValuesAreRefused() {
        for (String bad : new String[] {"", "-5s", "5 s", "5m", "1.5s", "05s", "forever"}) {
            assertEquals("PGC-MIGRATE-LOCK-WAIT-TIMEOUT", assertThrows(PgcraftException.class,
                    () -> LockWaitTimeout.parse(bad), bad).problems().get(0).code());
        }
    }

    @Test
    void displayedInTheLargestUnitThatDividesIt() {
        assertEquals("1500ms", LockWaitTimeout.display(Duration.ofMillis(1500)));
        assertEquals("90s", LockWaitTimeout.display(Duration.ofSeconds(90)));
        assertEquals("10min", LockWaitTimeout.display(Duration.ofMinutes(10)));
        assertEquals("2h", LockWaitTimeout.display(Duration.ofHours(2)));
    }

    @Test
    void aNegativeTimeoutIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> LockWaitTimeout.orDefault(Duration.ofSeconds(-1)));
    }
}
