package dev.pgcraft.prove;

import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Proving at generate on PostgreSQL 18: the model's SQL is compiled by the server before a file is written, and a
 * refusal points at the fragment's line and column in pgcraft.xml.
 */
@DbTest
class ProverTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";

    @TempDir
    Path project;

    private static final String GOOD = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="dim">
                <simple name="products">
                  <column name="sku" type="text" nullable="false"/>
                  <column name="price" type="numeric(10,2)" default="0"/>
                  <check name="price_positive" expression="price &gt;= 0"/>
                  <index expression="lower(sku)"/>
                </simple>
              </schema>
            </pgcraft>
            """;

    @Test
    void aGoodModelIsProvenAndWrittenStepByStep() throws IOException {
        GenerateResult first = generate(GOOD);
        assertTrue(first.wroteSomething());
        GenerateResult second = generate(GOOD.replace("<index expression", "<column name=\"color\" type=\"text\"/>\n"
                + "      <index expression"));
        assertTrue(Files.readString(second.migration()).contains("ADD COLUMN \"color\""));
    }

    @Test
    void aCheckNamingAColumnThatDoesNotExistIsReportedAtItsLine() throws IOException {
        generate(GOOD);
        List<String> before = files();
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(GOOD.replace(
                "expression=\"price &gt;= 0\"", "expression=\"0 &lt;= prize\"")));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-PROVE-SQL", problem.code(), problem.message());
        assertEquals(CONFIG + ":6:7", problem.location().toString());
        // PostgreSQL gives no position for an expression of ALTER TABLE … ADD CONSTRAINT; the "0" of the default
        // inside it is not mistaken for a fragment of its own.
        assertEquals("PostgreSQL 18 refuses the expression of check \"price_positive\" in dim.products: column "
                + "\"prize\" does not exist (SQLSTATE 42703)",
                firstLine(problem.message()).replaceFirst("PostgreSQL 18\\.\\d+", "PostgreSQL 18"));
        assertTrue(problem.message().endsWith("Nothing was written."), problem.message());
        assertEquals(before, files(), "nothing was written");
    }

    @Test
    void aCheckThePostgresTypeSystemRefusesIsReportedAtItsLineEvenWithoutAPosition() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(GOOD.replace(
                "expression=\"price &gt;= 0\"", "expression=\"price &gt;= 'cheap'\"")));
        Problem problem = e.problems().get(0);
        assertEquals(CONFIG + ":6:7", problem.location().toString());
        assertTrue(problem.message().contains("refuses the expression of check \"price_positive\" in dim.products: "
                + "invalid input syntax for type numeric: \"cheap\" (SQLSTATE 22P02)"), problem.message());
    }

    @Test
    void aDefaultCallingAFunctionThatDoesNotExistIsReportedAtItsColumn() throws IOException {
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(GOOD.replace(
                "default=\"0\"", "default=\"price_of_the_day()\"")));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-PROVE-SQL", problem.code(), problem.message());
        assertEquals(CONFIG + ":5:7", problem.location().toString());
        assertTrue(problem.message().contains("refuses the default of column \"price\" in dim.products: function "
                + "price_of_the_day() does not exist (SQLSTATE 42883), at character 1 of \"price_of_the_day()\""),
                problem.message());
        assertTrue(problem.fix().startsWith("PostgreSQL's hint: No function matches"), problem.fix());
        assertEquals(List.of(), files(), "nothing was written");
    }

    @Test
    void anIndexExpressionThatIsNotImmutableIsReportedAtTheIndex() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(GOOD.replace(
                "<index expression=\"lower(sku)\"/>", "<index expression=\"sku || now()\"/>")));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-PROVE-SQL", problem.code(), problem.message());
        assertEquals(CONFIG + ":7:7", problem.location().toString());
        assertTrue(problem.message().contains("refuses the expression of an <index> in dim.products: functions in index "
                + "expression must be marked IMMUTABLE (SQLSTATE 42P17)"), problem.message());
    }

    @Test
    void aLedgerEventQueryIsCompiledInsideItsFunction() {
        String ledger = """
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="ops">
                    <ledger name="journal">
                      <column name="account" type="text" nullable="false"/>
                      <event name="deposit">
                        <param name="account" type="text"/> <param name="amount" type="integer"/>
                        <input>SELECT account, amount AS value, amount_typo</input>
                      </event>
                    </ledger>
                  </schema>
                </pgcraft>
                """;
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(ledger));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-PROVE-SQL", problem.code(), problem.message());
        assertEquals(CONFIG + ":5:7", problem.location().toString());
        assertTrue(problem.message().contains("refuses the <input> of event \"deposit\" in ops.journal: column "
                + "\"amount_typo\" does not exist (SQLSTATE 42703), at character 34 of"), problem.message());
    }

    @Test
    void anEditedMigrationThatNoLongerRunsStopsTheNextGenerate() throws IOException {
        GenerateResult first = generate(GOOD);
        Files.writeString(first.migration(), Files.readString(first.migration()).replace("CREATE TABLE \"dim\".\"products\"",
                "CREATE TABLE \"no_such_schema\".\"products\""));
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(GOOD.replace("default=\"0\"",
                "default=\"1\"")));
        assertEquals("PGC-PROVE-HISTORY", e.problems().get(0).code());
        assertTrue(e.problems().get(0).fix().contains("-Dpgcraft.prove=false"));
    }

    @Test
    void aModelNeedingANewerPostgresThanTheProvingOneIsRefusedUpFront() throws IOException {
        String uuidv7 = GOOD.replace("<schema name=\"dim\">", "<plugins><pk type=\"uuidv7\"/></plugins>\n  "
                + "<schema name=\"dim\">");
        PgcraftException e = assertThrows(PgcraftException.class, () -> generate(uuidv7,
                () -> TestPostgres.pg17().connectionSettings()));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-PROVE-SERVER-TOO-OLD", problem.code(), problem.message());
        assertTrue(problem.message().startsWith("The model needs PostgreSQL 18 or newer (uuidv7() primary keys "
                + "(<pk type=\"uuidv7\"/>)), but proving runs on PostgreSQL 17."), problem.message());
        assertEquals(List.of(), files());
        assertTrue(generate(uuidv7).wroteSomething(), "PostgreSQL 18 proves it");
    }

    private GenerateResult generate(String model) throws IOException {
        return generate(model, () -> TestPostgres.pg18().connectionSettings());
    }

    private GenerateResult generate(String model, java.util.function.Supplier<dev.pgcraft.db.ConnectionSettings> server)
            throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        Files.writeString(config, model, StandardCharsets.UTF_8);
        GenerateOptions options = new GenerateOptions(config, CONFIG, migrations(), null, false);
        return new Generator(message -> { }).generate(options, new Prover(server, message -> { }));
    }

    private Path migrations() {
        return project.resolve("src/main/resources/db/migration");
    }

    private List<String> files() throws IOException {
        if (!Files.isDirectory(migrations())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(migrations())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
