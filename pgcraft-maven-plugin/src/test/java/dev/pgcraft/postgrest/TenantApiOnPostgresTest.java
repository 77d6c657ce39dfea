package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.PostgrestReplay;
import dev.pgcraft.testing.PostgrestReplay.Response;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code <rest:tenantFromClaim>} with the built-in tenant plugin, in invoker mode: requests of tenant A and tenant B
 * (the same role, different claims) each see and change only their own rows of every kind. Simple and ledger
 * dimensions are isolated by row-level security (writing a row of the other tenant fails with 42501); appendOnly and
 * eav ones, written by SECURITY DEFINER triggers, by their api view's condition (another tenant's rows are filtered
 * out of reads, updates and deletes; inserting or moving a row into another tenant fails with 42501 as well, raised by
 * the guard trigger that fires before the dimension's own). A request without the claim sees nothing.
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
                <appendOnly name="prices">
                  <column name="amount" type="integer" nullable="false"/>
                  <rest:api><rest:grant role="ten_user" verbs="select insert update delete"/></rest:api>
                </appendOnly>
                <eav name="features">
                  <column name="color" type="text"/>
                  <rest:api><rest:grant role="ten_user" verbs="select insert update delete"/></rest:api>
                </eav>
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

    @ParameterizedTest
    @ValueSource(strings = {"prices", "features"})
    void appendOnlyAndEavRowsAreIsolatedByTheApiView(String relation) {
        String body = relation.equals("prices") ? "\"amount\": 1" : "\"color\": \"red\"";
        String change = relation.equals("prices") ? "{\"amount\": 2}" : "{\"color\": \"blue\"}";
        Response created = tenant("a").post(relation, "[{\"tenant_id\": \"a\", " + body + "}]");
        assertTrue(created.ok(), created::toString);
        String id = created.only("id");
        assertEquals(1, tenant("a").get(relation).rows().size());
        assertEquals(List.of(), tenant("b").get(relation).rows(), "reads: filtered");
        assertEquals(List.of(), api.as("ten_user").get(relation).rows(), "no tenant claim, no rows");
        assertEquals(List.of(), tenant("b").patch(relation, Map.of("id", id), change).rows(), "updates: filtered");
        assertEquals(List.of(), tenant("b").delete(relation, Map.of("id", id)).rows(), "deletes: filtered");
        assertEquals(1, tenant("a").get(relation).rows().size(), "still there, unchanged");
        assertEquals(created.rows(), tenant("a").get(relation).rows());

        Response foreign = tenant("b").post(relation, "[{\"tenant_id\": \"a\", " + body + "}]");
        assertEquals("42501", foreign.sqlState(), foreign::toString);
        assertEquals("42501", api.as("ten_user").post(relation, "[{\"tenant_id\": \"a\", " + body + "}]").sqlState(),
                "no tenant claim, no writes");
        Response moved = tenant("a").patch(relation, Map.of("id", id), "{\"tenant_id\": \"b\"}");
        assertEquals("42501", moved.sqlState(), moved::toString);
        assertEquals(created.rows(), tenant("a").get(relation).rows(), "refused writes changed nothing");
        assertEquals("1", queryOne(db, "SELECT count(*) FROM dim." + relation), "nothing written for tenant b");
        assertTrue(tenant("a").patch(relation, Map.of("id", id), change).ok());
        assertEquals(id, tenant("a").delete(relation, Map.of("id", id)).only("id"));
        assertEquals(List.of(), tenant("a").get(relation).rows());
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
