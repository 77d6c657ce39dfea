package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.PostgrestReplay;
import dev.pgcraft.testing.PostgrestReplay.Response;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/shop} serves its api schema: its model applied from scratch, requests replayed as PostgREST sends
 * them work for each exposed kind, and the privilege matrix (role × api relation × verb) is the documented one.
 */
@DbTest
class ShopExampleApiOnPostgresTest {

    private static final Path MODEL = Path.of("../examples/shop/src/main/pgcraft/pgcraft.xml");

    @Test
    void theShopServesItsApiSchema() {
        ConnectionSettings db = TestPostgres.freshDatabase();
        execute(db, new FromScratch(message -> { }).script(MODEL, "pgcraft.xml", "from scratch",
                TestPostgres.views()));
        PostgrestReplay api = new PostgrestReplay(db, "authenticator", "api");
        String category = api.as("web_user").post("categories", "[{\"name\": \"tools\"}]").only("id");
        Response product = api.as("web_user").post("products", "[{\"sku\": \"AB-1\", \"title\": \"Hammer\","
                + " \"category_id\": " + category + "}]");
        assertEquals("0.00", product.only("price"), product::toString);
        String id = product.only("id");
        assertTrue(api.as("web_user").post("price_history", "[{\"product_id\": " + id + ", \"amount\": 9.5}]").ok());
        assertEquals("false", api.as("web_user").post("product_features", "[{\"color\": \"red\"}]").only("fragile"));
        Response order = api.as("web_user").post("orders", "[{\"product_id\": " + id + "}]");
        assertEquals("1", order.only("quantity"), order::toString);
        Response moved = api.as("web_user").post("stock_moves", "[{\"product_id\": " + id + ", \"value\": 5}]");
        assertTrue(moved.ok(), moved::toString);
        assertEquals("5", api.as("web_user").get("stock_moves_balances").only("balance"));
        Response overdrawn = api.as("web_user").post("stock_moves", "[{\"product_id\": " + id + ", \"value\": -9}]");
        assertEquals("23514", overdrawn.sqlState(), overdrawn::toString);
        assertEquals("Hammer", api.as("web_anon").get("products", Map.of("sku", "AB-1")).only("title"));
        assertEquals("42501", api.as("web_anon").get("orders").sqlState());
        Response overview = api.as("web_anon").get("product_overview", Map.of("id", id));
        assertEquals(List.of(Map.of("id", id, "sku", "AB-1", "title", "Hammer", "category", "tools", "price", "9.50",
                "units_in_stock", "5")), overview.rows(), overview::toString);
        // Read-only: a join PostgreSQL cannot update (55000) and, were it updatable, no UPDATE privilege (42501).
        assertEquals("55000", api.as("web_user").patch("product_overview", Map.of("id", id), "{\"title\": \"x\"}")
                .sqlState());
        // Nothing on the dimensions' own tables and views (schemas dim and ops) nor on the report views (rpt),
        // nothing for the authenticator.
        assertEquals(List.of(
                "api.categories|web_anon|SELECT", "api.categories|web_user|SELECT INSERT UPDATE DELETE",
                "api.orders|web_user|SELECT INSERT",
                "api.price_history|web_anon|SELECT", "api.price_history|web_user|SELECT INSERT UPDATE",
                "api.product_features|web_anon|SELECT", "api.product_features|web_user|SELECT INSERT UPDATE DELETE",
                "api.product_overview|web_anon|SELECT", "api.product_overview|web_user|SELECT",
                "api.products|web_anon|SELECT", "api.products|web_user|SELECT INSERT UPDATE DELETE",
                "api.stock_moves_balances|web_user|SELECT", "api.stock_moves|web_user|SELECT INSERT"), query(db, """
                SELECT n.nspname || '.' || c.relname || '|' || r.rolname || '|' || string_agg(v.verb, ' ' ORDER BY v.n)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN pg_roles r
                CROSS JOIN (VALUES (1, 'SELECT'), (2, 'INSERT'), (3, 'UPDATE'), (4, 'DELETE')) v(n, verb)
                WHERE n.nspname IN ('api', 'dim', 'ops', 'rpt') AND r.rolname IN ('web_anon', 'web_user', 'authenticator')
                  AND has_table_privilege(r.oid, c.oid, v.verb)
                GROUP BY n.nspname, c.relname, r.rolname ORDER BY 1"""));
    }
}
