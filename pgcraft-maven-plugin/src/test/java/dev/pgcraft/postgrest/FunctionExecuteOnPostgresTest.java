package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.PostgrestReplay;
import dev.pgcraft.testing.PostgrestReplay.Response;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL grants EXECUTE on every new function to PUBLIC; with the PostgREST extension every function of the model
 * loses that default, so no API role can call a trigger, ledger or eav function directly — and the writes through the
 * api views, which fire those functions as triggers, still work (PostgreSQL checks EXECUTE on a trigger function when
 * the trigger is created, not when it fires). Only the claims helper is granted to the API roles.
 */
@DbTest
class FunctionExecuteOnPostgresTest {

    private static final String USER = "shop_user";

    @TempDir
    Path temp;

    private ConnectionSettings apply(String security) {
        return TestPostgres.databaseWith(temp, ShopModel.XML.replace("anonRole=\"shop_anon\">",
                "anonRole=\"shop_anon\" security=\"" + security + "\">"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"definer", "invoker"})
    void noApiRoleMayExecuteTheModelsFunctionsButTheClaimsHelper(String security) {
        ConnectionSettings db = apply(security);
        List<String> functions = query(db, "SELECT p.oid::regprocedure::text FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('dim', 'ops', 'api_private')"
                + " ORDER BY 1");
        assertTrue(functions.size() > 5, functions::toString);
        for (String role : List.of("shop_anon", USER, "shop_authenticator")) {
            assertEquals(role.equals("shop_authenticator") ? List.of() : List.of("api_private.claim(text)"),
                    query(db, "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n"
                            + " ON n.oid = p.pronamespace WHERE n.nspname IN ('dim', 'ops', 'api_private')"
                            + " AND has_function_privilege('" + role + "', p.oid, 'EXECUTE') ORDER BY 1"),
                    role + " among " + functions);
        }
        assertEquals(List.of(), query(db, "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n"
                + " ON n.oid = p.pronamespace WHERE n.nspname IN ('dim', 'ops', 'api_private')"
                + " AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0))"),
                "no function keeps PUBLIC's EXECUTE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"definer", "invoker"})
    void aDirectCallIsRefusedAndWritesThroughTheViewsStillFireTheTriggers(String security) {
        ConnectionSettings db = apply(security);
        PostgrestReplay api = new PostgrestReplay(db, "shop_authenticator", "api");
        String function = query(db, "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n"
                + " ON n.oid = p.pronamespace WHERE n.nspname = 'dim' AND p.proname LIKE '%prices_insert'").get(0);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> api.as(USER).select("SELECT " + function));
        // In definer mode the API roles do not even reach the dimensions' schemas; in invoker mode they do, and the
        // function itself refuses them.
        assertTrue(refused.getMessage().contains(security.equals("definer") ? "permission denied for schema dim"
                : "permission denied for function"), refused.getMessage());

        String product = api.as(USER).post("products", "[{\"sku\":\"p\"}]").only("id");
        Response price = api.as(USER).post("prices", "[{\"product_id\": " + product + ", \"amount\": 2}]");
        assertTrue(price.ok(), price::toString);
        String id = price.only("id");
        assertEquals("7", api.as(USER).patch("prices", Map.of("id", id), "{\"amount\": 7}").only("amount"));
        assertTrue(api.as(USER).delete("prices", Map.of("id", id)).ok());
        Response feature = api.as(USER).post("features", "[{\"weight\": 3}]");
        assertTrue(feature.ok(), feature::toString);
        assertEquals("red", api.as(USER).patch("features", Map.of("id", feature.only("id")),
                "{\"color\": \"red\"}").only("color"));
        assertTrue(api.as(USER).delete("features", Map.of("id", feature.only("id"))).ok());
        Response entry = api.as(USER).post("journal", "[{\"account\": \"cash\", \"value\": 5}]");
        assertTrue(entry.ok(), entry::toString);
        assertEquals("5", api.as(USER).get("journal_balances").only("balance"));
        assertFalse(api.as(USER).get("journal_latest").rows().isEmpty());
    }
}
