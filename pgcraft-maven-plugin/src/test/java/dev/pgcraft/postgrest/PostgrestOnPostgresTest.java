package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
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

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop model's API served as PostgREST would serve it: every request replayed ({@link PostgrestReplay}) logged
 * in as the authenticator, switching to the anonymous role or the user role, for every kind and verb. Exactly the
 * granted verbs work and return the stored row with the server-set values; the rest fail with 42501.
 */
@DbTest
class PostgrestOnPostgresTest {

    private static final String ANON = "shop_anon";
    private static final String USER = "shop_user";

    @TempDir
    Path temp;

    private ConnectionSettings db;
    private PostgrestReplay api;

    @BeforeEach
    void applyModel() {
        db = TestPostgres.databaseWith(temp, ShopModel.XML);
        api = new PostgrestReplay(db, "shop_authenticator", "api");
    }

    @Test
    void simpleEveryGrantedVerbReturnsTheStoredRowAndTheRestIsRefused() {
        Response created = api.as(USER).post("products", "[{\"sku\":\"a-1\"}]");
        assertTrue(created.ok(), created::toString);
        String id = created.only("id");
        assertNotNull(id);
        assertEquals("0.00", created.only("price"), "the table's default, through the view");
        assertFalse(created.rows().get(0).containsKey("notes"), "excluded column");
        Response patched = api.as(USER).patch("products", Map.of("id", id), "{\"price\": 9.5}");
        assertEquals("9.50", patched.only("price"));
        assertEquals(List.of("a-1"), api.as(ANON).get("products").rows().stream().map(r -> r.get("sku")).toList());
        assertEquals("42501", api.as(ANON).post("products", "[{\"sku\":\"b\"}]").sqlState());
        assertEquals("42501", api.as(ANON).patch("products", Map.of("id", id), "{\"price\": 1}").sqlState());
        assertEquals("42501", api.as(ANON).delete("products", Map.of("id", id)).sqlState());
        assertEquals(id, api.as(USER).delete("products", Map.of("id", id)).only("id"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.products"));
    }

    @Test
    void simpleUpsertOnAUniqueColumn() {
        api.as(USER).post("products", "[{\"sku\":\"a\", \"price\": 1}]");
        Response merged = api.as(USER).upsert("products", "[{\"sku\":\"a\", \"price\": 2}]", "sku");
        assertTrue(merged.ok(), merged::toString);
        assertEquals("2.00", merged.only("price"));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM dim.products"));
    }

    @Test
    void upsertThroughAViewWithInsteadOfTriggersIsRefusedByPostgres() {
        Response refused = api.as(USER).upsert("prices", "[{\"id\": 1, \"amount\": 2}]", "id");
        assertEquals("42P10", refused.sqlState(), refused::toString);
        assertTrue(refused.message().contains("there is no unique or exclusion constraint matching the ON CONFLICT"
                + " specification"), refused::toString);
        Response eav = api.as(USER).upsert("features", "[{\"id\": 1, \"weight\": 2}]", "id");
        assertEquals("42P10", eav.sqlState(), eav::toString);
    }

    @Test
    void appendOnlyWritesGoThroughItsTriggersAndKeepHistory() {
        String product = api.as(USER).post("products", "[{\"sku\":\"p\"}]").only("id");
        Response created = api.as(USER).post("prices", "[{\"product_id\": " + product + "}]");
        assertTrue(created.ok(), created::toString);
        String id = created.only("id");
        assertEquals("1", created.only("amount"), "the declared default, mirrored on the api view");
        assertNotNull(created.only("created_at"));
        Response patched = api.as(USER).patch("prices", Map.of("id", id), "{\"amount\": 7}");
        assertTrue(patched.ok(), patched::toString);
        assertEquals("7", patched.only("amount"));
        assertEquals("2", queryOne(db, "SELECT count(*) FROM dim.prices_attributes"));
        assertEquals("42501", api.as(ANON).post("prices", "[{\"amount\": 3}]").sqlState());
        assertEquals("7", api.as(ANON).get("prices", Map.of("id", id)).only("amount"));
        assertEquals(id, api.as(USER).delete("prices", Map.of("id", id)).only("id"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.prices"));
    }

    @Test
    void eavWritesGoThroughItsTriggersAndAnUngrantedRoleReadsNothing() {
        Response created = api.as(USER).post("features", "[{\"weight\": 3}]");
        assertTrue(created.ok(), created::toString);
        String id = created.only("id");
        assertEquals("black", created.only("color"));
        assertEquals("red", api.as(USER).patch("features", Map.of("id", id), "{\"color\": \"red\"}").only("color"));
        assertEquals("42501", api.as(ANON).get("features").sqlState());
        assertEquals(id, api.as(USER).delete("features", Map.of("id", id)).only("id"));
    }

    @Test
    void ledgerTakesInsertsOnlyAndItsBalancesAndLatestAreReadOnly() {
        Response entry = api.as(USER).post("journal", "[{\"account\": \"cash\", \"value\": 5},"
                + " {\"account\": \"cash\", \"value\": 2}]");
        assertTrue(entry.ok(), entry::toString);
        assertEquals(2, entry.rows().size());
        assertNotNull(entry.rows().get(0).get("entry_id"));
        String id = entry.rows().get(0).get("id");
        assertEquals("42501", api.as(USER).patch("journal", Map.of("id", id), "{\"value\": 1}").sqlState());
        assertEquals("42501", api.as(USER).delete("journal", Map.of("id", id)).sqlState());
        assertEquals("42501", api.as(ANON).post("journal", "[{\"account\": \"x\", \"value\": 1}]").sqlState());
        assertEquals("7", api.as(ANON).get("journal_balances").only("balance"));
        assertEquals("cash", api.as(ANON).get("journal_latest").only("account"));
        // A sum cannot be written: PostgreSQL refuses it as not updatable (55000) before it checks privileges.
        assertEquals("55000", api.as(USER).post("journal_balances", "[{\"account\": \"x\", \"balance\": 1}]")
                .sqlState());
    }

    @Test
    void aSecondDatabaseOfTheClusterMigratesWithTheSameRoles() throws Exception {
        ConnectionSettings second = TestPostgres.freshDatabase();
        execute(second, new FromScratch(message -> { }).script(temp.resolve("pgcraft.xml"), "pgcraft.xml",
                "from scratch"));
        PostgrestReplay secondApi = new PostgrestReplay(second, "shop_authenticator", "api");
        assertTrue(secondApi.as(USER).post("products", "[{\"sku\":\"x\"}]").ok());
        assertEquals(List.of("x"), query(second, "SELECT sku FROM dim.products"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.products"), "the first database is its own");
    }

    @Test
    void theClaimsHelperReturnsOneClaimOfTheRequest() {
        assertEquals("a@example.org", api.as(USER, "{\"role\": \"shop_user\", \"email\": \"a@example.org\"}")
                .select("SELECT api_private.claim('email')"));
        assertNull(api.as(ANON, "{}").select("SELECT api_private.claim('email')"));
        assertEquals("t", queryOne(db, "SELECT api_private.claim('email') IS NULL"), "outside a request");
    }

    @Test
    void theAuthenticatorHoldsNothingAndTheApiRolesNothingOnRawTables() {
        assertEquals("42501", api.as("shop_authenticator", "{}").get("products").sqlState());
        assertEquals(List.of("shop_authenticator|t|f"), query(db, "SELECT rolname, rolcanlogin, rolinherit"
                + " FROM pg_roles WHERE rolname = 'shop_authenticator'"));
        assertEquals(List.of("shop_anon|f", "shop_user|f"), query(db, "SELECT rolname, rolcanlogin FROM pg_roles"
                + " WHERE rolname IN ('shop_anon', 'shop_user') ORDER BY 1"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " CROSS JOIN (VALUES ('shop_anon'), ('shop_user'), ('shop_authenticator')) r(role)"
                + " WHERE n.nspname IN ('dim', 'ops') AND c.relkind IN ('r', 'v')"
                + " AND (has_table_privilege(r.role, c.oid, 'SELECT') OR has_table_privilege(r.role, c.oid, 'INSERT')"
                + " OR has_table_privilege(r.role, c.oid, 'UPDATE') OR has_table_privilege(r.role, c.oid, 'DELETE'))"));
    }
}
