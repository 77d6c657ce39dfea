package dev.pgcraft.generate;

import dev.pgcraft.testing.Convergence;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import dev.pgcraft.verify.VerifyResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The convergence property on every golden case: the migrations generated step by step build the same catalog on
 * PostgreSQL 18 as the last step's model built from scratch.
 */
@DbTest
class GoldenConvergenceTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseConverges() {
        return GoldenCases.cases().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> {
                    Path project = Files.createTempDirectory(temp, folder.getFileName().toString());
                    GoldenCases.generateAll(folder, project, true, TestPostgres.views());
                    VerifyResult result = Convergence.assertMigrationsConverge(
                            project.resolve(GoldenCases.CONFIG_NAME), GoldenCases.migrations(project));
                    assertEquals(GoldenCases.steps(folder).size(), result.migrations());
                }));
    }
}
