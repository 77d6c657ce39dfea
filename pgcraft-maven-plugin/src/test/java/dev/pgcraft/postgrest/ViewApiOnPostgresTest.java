package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.PostgrestReplay;
import dev.pgcraft.testing.PostgrestReplay.Response;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Views exposed through the API (the first step of the golden case {@code postgrest-views}), replayed as PostgREST
 * does, in both security modes: a view's listed columns can be read by the roles granted select and by no one else,
 * nothing can be written through it, and its comments are on the api view for PostgREST's OpenAPI output.
 */
@DbTest
class ViewApiOnPostgresTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"definer", "invoker"})
    void anExposedViewIsReadOnlyAndShowsItsListedColumns(String security) throws Exception {
        String model = Files.readString(Path.of(getClass().getResource("/generate/postgrest-views/steps/1.xml")
                .toURI())).replace("anonRole=\"gold_anon\">", "anonRole=\"gold_anon\" security=\"" + security + "\">");
        ConnectionSettings db = TestPostgres.databaseWith(temp, model);
        PostgrestReplay api = new PostgrestReplay(db, "gold_authenticator", "api");
        Response product = api.as("gold_user").post("products", "[{\"sku\": \"p1\", \"price\": 2.5, \"cost\": 1}]");
        assertTrue(product.ok(), product::toString);
        String id = product.only("id");

        for (PostgrestReplay.Request who : List.of(api.as("gold_anon", "{}"), api.as("gold_user"))) {
            Response prices = who.get("prices");
            assertTrue(prices.ok(), prices::toString);
            assertEquals(List.of(Map.of("id", id, "sku", "p1", "price", "2.50")), prices.rows(), "cost is not shown");
        }
        Response forbidden = api.as("gold_anon", "{}").get("sku_count");
        assertEquals("42501", forbidden.sqlState(), forbidden::toString);
        // Filled when the migration created it (refresh="manual"), before the product was inserted.
        assertEquals("0", api.as("gold_user").get("sku_count").only("products"));

        for (Response write : List.of(
                api.as("gold_user").post("prices", "[{\"sku\": \"p2\", \"price\": 1}]"),
                api.as("gold_user").patch("prices", Map.of("id", id), "{\"price\": 9}"),
                api.as("gold_user").delete("prices", Map.of("id", id)))) {
            assertEquals("42501", write.sqlState(), write::toString);
        }
        // A view over a materialized view cannot take writes at all: PostgreSQL says so before it checks privileges
        // (PostgREST, which sees that in its schema cache, answers 405 without asking).
        Response aggregate = api.as("gold_user").post("sku_count", "[{\"products\": 7}]");
        assertEquals("55000", aggregate.sqlState(), aggregate::toString);
        assertEquals("2.50", queryOne(db, "SELECT price FROM dim.products"));

        assertEquals("What each product costs", queryOne(db, "SELECT obj_description('api.prices'::regclass)"));
        assertEquals("Sale price", queryOne(db, "SELECT col_description('api.prices'::regclass, 3)"));
        assertEquals("How many products there are",
                queryOne(db, "SELECT obj_description('api.sku_count'::regclass)"));
    }
}
