package dev.pgcraft.generate;

import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The golden cases with views, as {@link GenerateGoldenTest} checks the others: generate asks PostgreSQL what each
 * view reads and returns, so these need the embedded server.
 */
@DbTest
class ViewGoldenTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> goldenCasesWithViews() {
        boolean update = Boolean.getBoolean(GoldenCases.UPDATE_PROPERTY);
        return GoldenCases.cases().stream().filter(GoldenCases::hasViews)
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                        () -> GenerateGoldenTest.check(folder, update, GenerateGoldenTest.sourceFolder(folder), temp,
                                TestPostgres.views())));
    }
}
