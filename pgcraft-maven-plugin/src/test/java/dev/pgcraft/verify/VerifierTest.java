package dev.pgcraft.verify;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The convergence check on PostgreSQL 18, on migrations the generator wrote in several steps. */
@DbTest
class VerifierTest {

    private static final String CONFIG_NAME = "src/main/pgcraft/pgcraft.xml";
    private static final String MIGRATIONS_NAME = "src/main/resources/db/migration";

    private static final String STEP_1 = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="app">
                <simple name="accounts">
                  <column name="email" type="text" nullable="false" unique="true"/>
                  <column name="nickname" type="text"/>
                  <column name="legacy_flag" type="boolean"/>
                </simple>
              </schema>
            </pgcraft>
            """;
    private static final String STEP_2 = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="app">
                <simple name="accounts" comment="People who sign in">
                  <column name="email" type="text" nullable="false" unique="true"/>
                  <column name="nickname" type="text" nullable="false" default="'anonymous'"/>
                  <column name="created_at" type="timestamptz" nullable="false" default="now()"/>
                  <index columns="created_at"/>
                </simple>
              </schema>
              <schema name="billing">
                <simple name="invoices">
                  <plugins><pk type="serial"/></plugins>
                  <column name="account_id" type="bigint" nullable="false" references="app.accounts"/>
                  <column name="total" type="numeric(12,2)" nullable="false" default="0"/>
                  <check name="total_positive" expression="total &gt;= 0"/>
                </simple>
              </schema>
            </pgcraft>
            """;

    @TempDir
    Path project;

    private Path config() {
        return project.resolve(CONFIG_NAME);
    }

    private Path migrations() {
        return project.resolve(MIGRATIONS_NAME);
    }

    /** Writes each model in turn and generates after each, as a user would. */
    private void generate(String... steps) throws IOException {
        Files.createDirectories(config().getParent());
        for (String step : steps) {
            Files.writeString(config(), step, StandardCharsets.UTF_8);
            new Generator(message -> { }).generate(new GenerateOptions(config(), CONFIG_NAME, migrations(), null,
                    true));
        }
    }

    private VerifyResult verify() {
        TestPostgres.requireDatabases();
        return new Verifier(message -> { }).verify(
                new VerifyOptions(config(), CONFIG_NAME, migrations(), MIGRATIONS_NAME, null),
                TestPostgres.pg18().connectionSettings());
    }

    private void edit(String script, String from, String to) throws IOException {
        Path file = migrations().resolve(script);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void generatedMigrationsConverge() throws IOException {
        generate(STEP_1, STEP_2);
        VerifyResult result = verify();
        assertEquals(List.of(), result.described());
        assertEquals(2, result.migrations());
        assertEquals("Verified: 2 migrations give the same catalog as the model built from scratch ("
                + result.objectsCompared() + " objects compared).", result.summary());
        assertTrue(result.objectsCompared() > 20, "objects compared: " + result.objectsCompared());
        result.throwIfDifferent();
    }

    @Test
    void aHandEditedMigrationIsReportedObjectByObject() throws IOException {
        generate(STEP_1, STEP_2);
        edit("V2__update.sql", "DEFAULT ('anonymous')", "DEFAULT ('nobody')");
        Files.writeString(migrations().resolve("V2__update.sql"),
                "\nCREATE INDEX ix__accounts__nickname ON app.accounts (nickname);\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        VerifyResult result = verify();
        assertEquals(List.of("""
                column app.accounts.nickname: differs
                    from-scratch database: text NOT NULL DEFAULT 'anonymous'::text
                    migrated database:     text NOT NULL DEFAULT 'nobody'::text""", """
                index app.ix__accounts__nickname: only in migrated database
                    CREATE INDEX ix__accounts__nickname ON app.accounts USING btree (nickname)"""),
                result.described());

        PgcraftException failure = assertThrows(PgcraftException.class, result::throwIfDifferent);
        assertEquals("PGC-VERIFY-DIFFERENT", failure.problems().get(0).code());
        assertEquals("""
                Applying the 2 migrations in src/main/resources/db/migration gives another catalog than building \
                src/main/pgcraft/pgcraft.xml from scratch; 2 objects differ:
                  column app.accounts.nickname: differs
                      from-scratch database: text NOT NULL DEFAULT 'anonymous'::text
                      migrated database:     text NOT NULL DEFAULT 'nobody'::text
                  index app.ix__accounts__nickname: only in migrated database
                      CREATE INDEX ix__accounts__nickname ON app.accounts USING btree (nickname)""",
                failure.problems().get(0).message());
        assertEquals("If src/main/pgcraft/pgcraft.xml changed since the last pgcraft:generate, run pgcraft:generate:"
                + " a model change not generated yet shows up here as differences. Do not edit generated migrations:"
                + " if one was edited by hand, restore it (e.g. git checkout -- <file>) and put the change into the"
                + " model instead.", failure.problems().get(0).fix());
    }

    @Test
    void aModelChangeNotGeneratedYetShowsAsDifferences() throws IOException {
        generate(STEP_1);
        Files.writeString(config(), STEP_1.replace("<column name=\"nickname\" type=\"text\"/>",
                "<column name=\"nickname\" type=\"varchar(40)\"/>"), StandardCharsets.UTF_8);
        assertEquals(List.of("""
                column app.accounts.nickname: differs
                    from-scratch database: character varying(40)
                    migrated database:     text"""), verify().described());
    }

    @Test
    void noMigrationsAtAllMeansEverythingIsOnlyInTheFromScratchDatabase() throws IOException {
        Files.createDirectories(config().getParent());
        Files.writeString(config(), STEP_1, StandardCharsets.UTF_8);
        VerifyResult result = verify();
        assertEquals(0, result.migrations());
        assertTrue(result.described().contains("table app.accounts: only in from-scratch database\n"
                + "    CREATE TABLE app.accounts"), String.join("\n", result.described()));
        PgcraftException failure = assertThrows(PgcraftException.class, result::throwIfDifferent);
        assertTrue(failure.problems().get(0).message().startsWith("Applying no migrations (there are none in "
                + MIGRATIONS_NAME + ") gives another catalog than building " + CONFIG_NAME + " from scratch; "),
                failure.getMessage());
    }

    @Test
    void aBrokenModelFailsBeforeAnyDatabaseIsCreatedAndNoneIsLeftBehind() throws IOException {
        generate(STEP_1);
        verify();
        Files.writeString(config(), STEP_1.replace("type=\"boolean\"", "type=\"bool ean\""), StandardCharsets.UTF_8);
        PgcraftException e = assertThrows(PgcraftException.class, this::verify);
        assertTrue(e.getMessage().startsWith(CONFIG_NAME + ":"), e.getMessage());
        ConnectionSettings server = TestPostgres.pg18().connectionSettings();
        assertEquals("0", TestPostgres.queryOne(server,
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'pgcraft\\_verify\\_%'"));
    }

    @Test
    void aMigrationThatFailsIsReportedAsMigrateReportsIt() throws IOException {
        generate(STEP_1);
        edit("V1__init.sql", "CREATE TABLE", "CREATE TABEL");
        PgcraftException e = assertThrows(PgcraftException.class, this::verify);
        assertEquals("PGC-MIGRATE-STATEMENT-FAILED", e.problems().get(0).code(), e.getMessage());
    }
}
