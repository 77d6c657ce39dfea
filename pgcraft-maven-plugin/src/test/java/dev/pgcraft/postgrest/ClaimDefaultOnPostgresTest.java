package dev.pgcraft.postgrest;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.PostgrestReplay;
import dev.pgcraft.testing.PostgrestReplay.Response;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims helper as a column default ({@code created_by DEFAULT api_private.claim('sub')}) on a simple and an
 * appendOnly dimension, in a database built from scratch and in one where the columns were added to tables that
 * already held rows (the golden case {@code postgrest-claim-default}, whose migrations are applied here one after
 * the other): an insert replayed as a user whose JWT says {@code "sub": "alice"} stores {@code alice}; a row written
 * outside a request gets NULL.
 */
@DbTest
class ClaimDefaultOnPostgresTest {

    private static final String CASE = "/generate/postgrest-claim-default";
    private static final String ALICE = "{\"role\": \"claims_user\", \"sub\": \"alice\"}";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"from scratch", "added to existing tables"})
    void anInsertThroughTheApiStoresTheUserOfTheRequest(String how) throws Exception {
        ConnectionSettings db;
        if (how.equals("from scratch")) {
            db = TestPostgres.databaseWith(temp, Files.readString(resource(CASE + "/steps/1.xml")));
        } else {
            db = TestPostgres.freshDatabase();
            for (int step = 1; step <= 2; step++) {
                TestPostgres.execute(db, migration(step));
            }
            TestPostgres.execute(db, "INSERT INTO dim.notes (body) VALUES ('older')");
            TestPostgres.execute(db, migration(3));
            assertEquals("t", queryOne(db, "SELECT created_by IS NULL FROM dim.notes WHERE body = 'older'"),
                    "a row that was there keeps NULL: no request wrote it");
        }
        PostgrestReplay api = new PostgrestReplay(db, "claims_authenticator", "api");
        Response note = api.as("claims_user", ALICE).post("notes", "[{\"body\": \"hello\"}]");
        assertTrue(note.ok(), note::toString);
        assertEquals("alice", note.only("created_by"), "returned");
        assertEquals("alice", queryOne(db, "SELECT created_by FROM dim.notes WHERE body = 'hello'"), "stored");

        Response price = api.as("claims_user", ALICE).post("prices", "[{\"amount\": 3}]");
        assertTrue(price.ok(), price::toString);
        assertEquals("alice", price.only("created_by"));
        assertEquals(List.of("alice"), TestPostgres.query(db, "SELECT created_by FROM dim.prices"));

        Response bob = api.as("claims_user", "{\"role\": \"claims_user\", \"sub\": \"bob\"}")
                .post("notes", "[{\"body\": \"bob's\"}]");
        assertEquals("bob", bob.only("created_by"), "each request its own user");
        TestPostgres.execute(db, "INSERT INTO dim.notes (body) VALUES ('direct')");
        assertEquals("t", queryOne(db, "SELECT created_by IS NULL FROM dim.notes WHERE body = 'direct'"),
                "outside a request: NULL");
    }

    private static String migration(int step) throws IOException {
        String name = step == 1 ? "V1__init.sql" : "V" + step + "__update.sql";
        return Files.readString(resource(CASE + "/expected/" + name), StandardCharsets.UTF_8);
    }

    private static Path resource(String name) {
        try {
            return Path.of(ClaimDefaultOnPostgresTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
