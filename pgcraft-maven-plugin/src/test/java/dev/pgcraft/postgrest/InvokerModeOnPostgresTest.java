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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code security="invoker"}: the api views are security_invoker views (the script says it needs PostgreSQL 15),
 * the API roles hold the same privileges on the relations behind them, every kind's writes still work through the
 * replayed requests, and the tables' row-level security applies to API requests.
 */
@DbTest
class InvokerModeOnPostgresTest {

    private static final String USER = "shop_user";
    private static final String ANON = "shop_anon";

    @TempDir
    Path temp;

    private ConnectionSettings db;
    private PostgrestReplay api;
    private String script;

    @BeforeEach
    void applyModel() {
        String model = ShopModel.XML.replace("anonRole=\"shop_anon\">", "anonRole=\"shop_anon\" security=\"invoker\">");
        db = TestPostgres.databaseWith(temp, model);
        script = new FromScratch(message -> { }).script(temp.resolve("pgcraft.xml"), "pgcraft.xml", "from scratch");
        api = new PostgrestReplay(db, "shop_authenticator", "api");
    }

    @Test
    void theViewsAreSecurityInvokerAndNeedPostgres15() {
        assertTrue(script.contains("-- pgcraft:min-postgresql 15 <rest:postgrest security=\"invoker\">"), script);
        assertEquals(List.of("features", "journal", "journal_balances", "journal_latest", "prices", "products"),
                query(db, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'api' AND 'security_invoker=true' = ANY (c.reloptions) ORDER BY 1"));
        assertEquals("t", queryOne(db, "SELECT has_table_privilege('shop_user', 'dim.products', 'DELETE')"));
        assertEquals("f", queryOne(db, "SELECT has_table_privilege('shop_anon', 'dim.products', 'INSERT')"));
        assertEquals("t", queryOne(db, "SELECT has_schema_privilege('shop_anon', 'ops', 'USAGE')"));
    }

    @Test
    void everyKindIsWrittenWithTheCallersRights() {
        String product = api.as(USER).post("products", "[{\"sku\":\"p\"}]").only("id");
        assertEquals("9.00", api.as(USER).patch("products", Map.of("id", product), "{\"price\": 9}").only("price"));
        Response price = api.as(USER).post("prices", "[{\"product_id\": " + product + "}]");
        assertEquals("1", price.only("amount"), price::toString);
        assertEquals("5", api.as(USER).patch("prices", Map.of("id", price.only("id")), "{\"amount\": 5}")
                .only("amount"));
        Response feature = api.as(USER).post("features", "[{\"weight\": 2}]");
        assertEquals("black", feature.only("color"), feature::toString);
        Response entry = api.as(USER).post("journal", "[{\"account\": \"cash\", \"value\": 4}]");
        assertTrue(entry.ok(), entry::toString);
        assertEquals("4", api.as(ANON).get("journal_balances").only("balance"));
        assertEquals("42501", api.as(ANON).post("products", "[{\"sku\":\"b\"}]").sqlState());
        assertEquals("42501", api.as(USER).delete("journal", Map.of("id", entry.only("id"))).sqlState());
    }

    @Test
    void rowLevelSecurityOfTheTablesAppliesToApiRequests() {
        execute(db, "INSERT INTO dim.products (sku) VALUES ('open'), ('secret');"
                + " ALTER TABLE dim.products ENABLE ROW LEVEL SECURITY;"
                + " CREATE POLICY not_secret ON dim.products USING (sku <> 'secret')");
        assertEquals(List.of("open"), api.as(ANON).get("products").rows().stream().map(r -> r.get("sku")).toList());
        assertEquals("42501", api.as(USER).post("products", "[{\"sku\":\"secret\"}]").sqlState(),
                "a write the policy does not allow");
    }
}
