package dev.pgcraft.testing;

import dev.pgcraft.db.ConnectionSettings;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DbTest
class ConvergenceTest {

    @Test
    void sameObjectsPassAndADifferenceFailsWithItsDescription() {
        ConnectionSettings a = TestPostgres.freshDatabase();
        ConnectionSettings b = TestPostgres.freshDatabase();
        TestPostgres.execute(a, "CREATE SCHEMA s; CREATE TABLE s.t (x integer, y text)");
        TestPostgres.execute(b, "CREATE SCHEMA s; CREATE TABLE s.t (y text, x integer)");
        Convergence.assertSameCatalog(a, b, Set.of("s"));

        TestPostgres.execute(b, "ALTER TABLE s.t ALTER COLUMN x SET DEFAULT 7");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Convergence.assertSameCatalog(a, b, Set.of("s")));
        assertEquals("1 catalog differences in schemas [s] between " + a.safeUrl() + " (expected) and "
                + b.safeUrl() + " (actual):\n"
                + "column s.t.x: differs\n"
                + "    expected: integer\n"
                + "    actual:   integer DEFAULT 7", failure.getMessage());
    }
}
