package dev.pgcraft.postgrest;

import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad {@code <rest:…>} input: each mistake is one problem with its code, the element's line and a fix; the XSD's
 * closed choices (a verb) fail at their position too; and generate writes nothing.
 */
class PostgrestConfigErrorsTest {

    private static final Registry REGISTRY = Registry.load(PostgrestConfigErrorsTest.class.getClassLoader());

    private static final String API = """
              <extensions>
                <rest:postgrest anonRole="web_anon"><rest:role name="web_user"/></rest:postgrest>
              </extensions>
            """;

    @TempDir
    Path temp;

    @Test
    void aGrantToAnUndeclaredRole() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <rest:api><rest:grant role="web_admin" verbs="select"/></rest:api>
                    </simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-UNKNOWN-ROLE", problem.code());
        assertEquals(8, problem.location().line());
        assertEquals("<rest:grant> on dim.items names role \"web_admin\", which the API does not declare; it declares"
                + " web_anon, web_user.", problem.message());
        assertEquals("Declare it with <rest:role name=\"web_admin\"/> in <rest:postgrest>, or correct the name.",
                problem.fix());
    }

    @Test
    void anUnknownVerbIsRefusedByTheXsdAtItsPosition() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <rest:api><rest:grant role="web_anon" verbs="select upsert"/></rest:api>
                    </simple>
                  </schema>""");
        assertTrue(problem.code().startsWith("PGC-CONFIG"), problem.code());
        assertEquals(8, problem.location().line());
        assertTrue(problem.message().contains("upsert"), problem.message());
    }

    @Test
    void columnsNamingAMissingColumn() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <rest:api columns="sku title"/>
                    </simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-UNKNOWN-COLUMN", problem.code());
        assertEquals(8, problem.location().line());
        assertEquals("<rest:api> of dim.items names column \"title\", which table dim.items does not have; it has id,"
                + " sku.", problem.message());
    }

    @Test
    void columnsAndExcludeTogether() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <rest:api columns="sku" exclude="id"/>
                    </simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-COLUMNS-AND-EXCLUDE", problem.code());
        assertEquals(8, problem.location().line());
    }

    @Test
    void excludingTheKey() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <rest:api exclude="id"/>
                    </simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-KEY-HIDDEN", problem.code());
    }

    @Test
    void exposingTwoDimensionsUnderOneName() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/><rest:api/></simple>
                  </schema>
                  <schema name="old">
                    <simple name="items"><column name="sku" type="text"/><rest:api/></simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-NAME-TAKEN", problem.code());
        assertEquals(9, problem.location().line());
        assertEquals("old.items would be exposed as api view \"items\", which dim.items (line 6) is exposed as"
                + " already.", problem.message());
        assertEquals("Give one of them another name: <rest:api name=\"…\">.", problem.fix());
    }

    @Test
    void theApiSchemaIsADimensionSchema() {
        Problem problem = failure("""
                  <extensions><rest:postgrest schema="dim"/></extensions>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/><rest:api/></simple></schema>""");
        assertEquals("PGC-POSTGREST-SCHEMA-CLASH", problem.code());
        assertEquals(2, problem.location().line());
    }

    @Test
    void updatingALedgerIsRefused() {
        Problem problem = failure(API + """
                  <schema name="ops">
                    <ledger name="journal">
                      <column name="account" type="text"/>
                      <rest:api><rest:grant role="web_user" verbs="select insert update"/></rest:api>
                    </ledger>
                  </schema>""");
        assertEquals("PGC-POSTGREST-VERB-REFUSED", problem.code());
        assertEquals("<rest:grant> grants update on ops.journal, which a ledger dimension does not take (it takes"
                + " select insert).", problem.message());
    }

    @Test
    void insertingIntoASerialKeyedTableIsRefused() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="items">
                      <plugins><pk type="serial"/></plugins>
                      <column name="sku" type="text"/>
                      <rest:api><rest:grant role="web_user" verbs="select insert"/></rest:api>
                    </simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-SERIAL-KEY", problem.code());
        assertEquals(9, problem.location().line());
        assertEquals("Use <pk type=\"identity\"/> (the default) or a uuid pk for exposed dimensions.", problem.fix());
    }

    @Test
    void tenantIsolationNeedsTheTenantPluginAndInvokerMode() {
        assertEquals("PGC-POSTGREST-TENANT-NEEDS-TENANT", failure("""
                  <extensions><rest:postgrest security="invoker"><rest:tenantFromClaim/></rest:postgrest></extensions>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/><rest:api/></simple></schema>
                """).code());
        assertEquals("PGC-POSTGREST-TENANT-NEEDS-INVOKER", failure("""
                  <plugins><tenant/></plugins>
                  <extensions><rest:postgrest><rest:tenantFromClaim/></rest:postgrest></extensions>
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/><rest:api/></simple></schema>
                """).code());
    }

    @Test
    void anExposureWithoutAnApi() {
        Problem problem = failure("""
                  <schema name="dim"><simple name="items"><column name="sku" type="text"/><rest:api/></simple></schema>""");
        assertEquals("PGC-POSTGREST-NOT-DECLARED", problem.code());
    }

    @Test
    void aMisplacedApi() {
        Problem problem = failure("""
                  <extensions><rest:postgrest/><rest:api/></extensions>""");
        assertEquals("PGC-POSTGREST-MISPLACED", problem.code());
        assertEquals("<rest:api> stands in <extensions>; it belongs at the end of the dimension it exposes.",
                problem.message());
    }

    private static final String VIEW = """
              <schema name="dim"><simple name="items"><column name="sku" type="text"/></simple></schema>
              <schema name="rpt">
                <view name="skus"><query>SELECT id, sku FROM dim.items</query></view>
            """;

    @Test
    void aWriteVerbOnAViewIsRefused() {
        Problem problem = failure(API + VIEW + """
                    <rest:api view="skus" columns="id sku">
                      <rest:grant role="web_anon" verbs="select"/>
                      <rest:grant role="web_user" verbs="select insert update"/>
                    </rest:api>
                  </schema>""");
        assertEquals("PGC-POSTGREST-VIEW-READ-ONLY", problem.code());
        assertEquals(10, problem.location().line());
        assertEquals("<rest:grant> grants insert update on view rpt.skus; views are exposed read-only.",
                problem.message());
        assertEquals("Grant select only; write through the dimensions the view reads.", problem.fix());
    }

    @Test
    void aViewExposureNamesItsColumns() {
        Problem excluded = failure(API + VIEW + """
                    <rest:api view="skus" exclude="sku"/>
                  </schema>""");
        assertEquals("PGC-POSTGREST-VIEW-COLUMNS", excluded.code());
        assertEquals(8, excluded.location().line());
        assertTrue(excluded.message().contains("must name its columns with columns=\"…\", not exclude"),
                excluded.message());
        assertEquals("PGC-POSTGREST-VIEW-COLUMNS", failure(API + VIEW + """
                    <rest:api view="skus"/>
                  </schema>""").code());
    }

    @Test
    void anUnknownOrMisplacedView() {
        Problem unknown = failure(API + VIEW + """
                    <rest:api view="sku" columns="id"/>
                  </schema>""");
        assertEquals("PGC-POSTGREST-UNKNOWN-VIEW", unknown.code());
        assertEquals("<rest:api view=\"sku\"> names no view of schema rpt; it has skus.", unknown.message());
        Problem misplaced = failure(API + """
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/><rest:api view="skus" columns="id"/></simple>
                  </schema>""");
        assertEquals("PGC-POSTGREST-MISPLACED", misplaced.code());
    }

    @Test
    void twoExposuresUnderOneName() {
        Problem problem = failure(API + """
                  <schema name="dim">
                    <simple name="skus"><column name="sku" type="text"/><rest:api/></simple>
                  </schema>
                  <schema name="rpt">
                    <view name="skus"><query>SELECT id, sku FROM dim.skus</query></view>
                    <rest:api view="skus" columns="id"/>
                  </schema>""");
        assertEquals("PGC-POSTGREST-NAME-TAKEN", problem.code());
        assertEquals("view rpt.skus would be exposed as api view \"skus\", which dim.skus (line 6) is exposed as"
                + " already.", problem.message());
    }

    @Test
    void generateWritesNothingForABadModel() throws IOException {
        Path config = write(API + """
                  <schema name="dim">
                    <simple name="items">
                      <column name="sku" type="text"/>
                      <rest:api><rest:grant role="nobody" verbs="select"/></rest:api>
                    </simple>
                  </schema>""");
        Path migrations = temp.resolve("migrations");
        PgcraftException e = assertThrows(PgcraftException.class, () -> new Generator(message -> { })
                .generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, true)));
        assertEquals("PGC-POSTGREST-UNKNOWN-ROLE", e.problems().get(0).code());
        assertEquals("pgcraft.xml:8:15", e.problems().get(0).location().toString().replace(config.toString(),
                "pgcraft.xml"));
        try (Stream<Path> files = Files.exists(migrations) ? Files.list(migrations) : Stream.empty()) {
            assertFalse(files.findAny().isPresent());
        }
    }

    @Test
    void droppingARoleIsDestructiveAndOptIn() throws IOException {
        String exposed = """
                  <schema name="dim">
                    <simple name="items"><column name="sku" type="text"/><rest:api/></simple>
                  </schema>""";
        Path config = write(API + exposed);
        Path migrations = temp.resolve("migrations");
        new Generator(message -> { }).generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, false));
        write("""
                  <extensions><rest:postgrest anonRole="web_anon"/></extensions>
                """ + exposed);
        PgcraftException e = assertThrows(PgcraftException.class, () -> new Generator(message -> { })
                .generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, false)));
        assertEquals("PGC-GENERATE-DESTRUCTIVE", e.problems().get(0).code());
        assertTrue(e.problems().get(0).message().contains("drop role web_user"), e.getMessage());
        assertTrue(new Generator(message -> { }).generate(new GenerateOptions(config, "pgcraft.xml", migrations, null,
                true)).migration().toString().endsWith("V2__update.sql"));
    }

    private Problem failure(String body) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> new Resolver(line -> { }, REGISTRY)
                .resolve(ConfigLoader.spec(write(body), "pgcraft.xml", REGISTRY)));
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    private Path write(String body) throws IOException {
        Path file = temp.resolve("pgcraft.xml");
        Files.writeString(file, "<pgcraft xmlns=\"urn:pgcraft:1\" xmlns:rest=\"urn:pgcraft:postgrest:1\">\n"
                + body + "\n</pgcraft>\n");
        return file;
    }
}
