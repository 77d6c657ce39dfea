package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.PostgrestReplay;
import dev.pgcraft.testing.PostgrestReplay.Response;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code <rest:tenantFromClaim>} with the built-in tenant plugin, in invoker mode: requests of tenant A and tenant B
 * (the same role, different claims) each see and change only their own rows of a simple and a ledger dimension;
 * writing a row of the other tenant fails with 42501; a request without the claim sees nothing.
 */
@DbTest
class TenantApiOnPostgresTest {

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1" xmlns:rest="urn:pgcraft:postgrest:1">
              <plugins><tenant column="tenant_id" type="text"/></plugins>
              <extensions>
                <rest:postgrest authenticator="ten_authenticator" anonRole="ten_anon" security="invoker">
                  <rest:role name="ten_user"/>
                  <rest:tenantFromClaim claim="tenant"/>
                </rest:postgrest>
              </extensions>
              <schema name="dim">
                <simple name="notes">
                  <column name="body" type="text"/>
                  <rest:api><rest:grant role="ten_user" verbs="select insert update delete"/></rest:api>
                </simple>
              </schema>
              <schema name="ops">
                <ledger name="journal">
                  <column name="account" type="text" nullable="false"/>
                  <balance groupBy="account"/>
                  <rest:api><rest:grant role="ten_user" verbs="select insert"/></rest:api>
                </ledger>
              </schema>
            </pgcraft>
            """;

    @TempDir
    Path temp;

    private ConnectionSettings db;
    private PostgrestReplay api;

    @BeforeEach
    void applyModel() {
        db = TestPostgres.databaseWith(temp, MODEL);
        api = new PostgrestReplay(db, "ten_authenticator", "api");
    }

    private PostgrestReplay.Request tenant(String name) {
        return api.as("ten_user", "{\"role\": \"ten_user\", \"tenant\": \"" + name + "\"}");
    }

    @Test
    void eachTenantSeesAndChangesOnlyItsOwnRows() {
        Response created = tenant("a").post("notes", "[{\"tenant_id\": \"a\", \"body\": \"mine\"}]");
        assertTrue(created.ok(), created::toString);
        String id = created.only("id");
        assertEquals(1, tenant("a").get("notes").rows().size());
        assertEquals(List.of(), tenant("b").get("notes").rows());
        assertEquals(List.of(), api.as("ten_user").get("notes").rows(), "no tenant claim, no rows");
        assertEquals(List.of(), tenant("b").patch("notes", Map.of("id", id), "{\"body\": \"theirs\"}").rows());
        assertEquals(List.of(), tenant("b").delete("notes", Map.of("id", id)).rows());
        assertEquals("mine", queryOne(db, "SELECT body FROM dim.notes"));
    }

    @Test
    void writingAnotherTenantsRowFailsWith42501() {
        assertEquals("42501", tenant("a").post("notes", "[{\"tenant_id\": \"b\", \"body\": \"x\"}]").sqlState());
        String id = tenant("a").post("notes", "[{\"tenant_id\": \"a\", \"body\": \"x\"}]").only("id");
        assertEquals("42501", tenant("a").patch("notes", Map.of("id", id), "{\"tenant_id\": \"b\"}").sqlState());
        assertEquals("42501", tenant("b").post("journal", "[{\"tenant_id\": \"a\", \"account\": \"cash\","
                + " \"value\": 1}]").sqlState());
    }

    @Test
    void ledgerEntriesAreIsolatedAndTheSumsAreNotExposed() {
        assertTrue(tenant("a").post("journal", "[{\"tenant_id\": \"a\", \"account\": \"cash\", \"value\": 5}]").ok());
        assertEquals("5", tenant("a").get("journal").only("value"));
        assertEquals(List.of(), tenant("b").get("journal").rows());
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_views WHERE schemaname = 'api'"
                + " AND viewname = 'journal_balances'"));
        assertEquals("t", queryOne(db, "SELECT relrowsecurity FROM pg_class WHERE oid = 'ops.journal'::regclass"));
    }
}
