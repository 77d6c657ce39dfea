package dev.pgcraft.plugins.timestamps;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code <timestamps/>} on PostgreSQL, for every kind: {@code created_at} and {@code updated_at} are there, set on
 * insert, and {@code updated_at} moves on every update (through the view for appendOnly and eav) while
 * {@code created_at} stays; a ledger gets no {@code updated_at}; an excluded dimension gets neither.
 */
@DbTest
class TimestampsOnPostgresTest {

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1">
              <plugins><timestamps/></plugins>
              <schema name="dim">
                <simple name="items"><column name="sku" type="text"/></simple>
                <appendOnly name="prices"><column name="amount" type="integer"/></appendOnly>
                <eav name="features"><column name="color" type="text"/></eav>
                <ledger name="journal"><column name="account" type="text"/></ledger>
                <simple name="tags">
                  <plugins><exclude plugin="timestamps"/></plugins>
                  <column name="label" type="text"/>
                </simple>
              </schema>
            </pgcraft>
            """;

    @TempDir
    Path temp;

    private ConnectionSettings db;

    @BeforeEach
    void applyModel() {
        db = TestPostgres.databaseWith(temp, MODEL);
    }

    @Test
    void everyKindHasTheColumnsItDidNotGenerateAlready() {
        assertEquals(List.of("items|created_at|timestamp with time zone|NO|now()",
                        "items|updated_at|timestamp with time zone|NO|now()",
                        "journal|created_at|timestamp with time zone|NO|now()"),
                query(db, "SELECT table_name, column_name, data_type, is_nullable, column_default"
                        + " FROM information_schema.columns WHERE table_schema = 'dim'"
                        + " AND table_name IN ('items', 'journal', 'tags')"
                        + " AND column_name IN ('created_at', 'updated_at') ORDER BY 1, 2"));
        for (String view : List.of("prices", "features")) {
            assertEquals(List.of("created_at|timestamp with time zone", "updated_at|timestamp with time zone"),
                    query(db, "SELECT column_name, data_type FROM information_schema.columns"
                            + " WHERE table_schema = 'dim' AND table_name = '" + view + "'"
                            + " AND column_name IN ('created_at', 'updated_at') ORDER BY 1"), view);
        }
    }

    @Test
    void updatedAtMovesOnUpdateOfATable() {
        String id = queryOne(db, "INSERT INTO dim.items (sku) VALUES ('a') RETURNING id");
        assertEquals("t", queryOne(db, "SELECT created_at = updated_at FROM dim.items WHERE id = " + id));
        assertUpdateMovesUpdatedAt("dim.items", "sku = 'b'", id);
    }

    @Test
    void updatedAtMovesOnUpdateThroughAnAppendOnlyView() {
        String id = queryOne(db, "INSERT INTO dim.prices (amount) VALUES (1) RETURNING id");
        assertUpdateMovesUpdatedAt("dim.prices", "amount = 2", id);
    }

    @Test
    void updatedAtMovesOnUpdateThroughAnEavView() {
        String id = queryOne(db, "INSERT INTO dim.features (color) VALUES ('red') RETURNING id");
        assertEquals("t", queryOne(db, "SELECT updated_at IS NOT NULL FROM dim.features WHERE id = " + id));
        assertUpdateMovesUpdatedAt("dim.features", "color = 'blue'", id);
        assertEquals("blue", queryOne(db, "SELECT color FROM dim.features WHERE id = " + id));
        // The new value is an attribute row like any other: the history says when.
        assertEquals("2", queryOne(db, "SELECT count(*) FROM dim.features_history WHERE entity_id = " + id
                + " AND attribute_name = 'updated_at'"));
    }

    @Test
    void aLedgerEntryKeepsItsCreatedAtAndAnExcludedDimensionHasNeither() {
        execute(db, "INSERT INTO dim.journal (value, account) VALUES (5, 'cash')");
        assertEquals("t", queryOne(db, "SELECT created_at IS NOT NULL FROM dim.journal"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'dim'"
                + " AND table_name IN ('journal', 'tags') AND column_name = 'updated_at'"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'dim'"
                + " AND table_name = 'tags' AND column_name = 'created_at'"));
    }

    /** An update in a later transaction than the insert leaves created_at and moves updated_at past it. */
    private void assertUpdateMovesUpdatedAt(String relation, String assignment, String id) {
        String createdAt = queryOne(db, "SELECT created_at FROM " + relation + " WHERE id = " + id);
        execute(db, "SELECT pg_sleep(0.01)");
        execute(db, "UPDATE " + relation + " SET " + assignment + " WHERE id = " + id);
        assertEquals(createdAt + "|t", queryOne(db, "SELECT created_at, updated_at > created_at FROM " + relation
                + " WHERE id = " + id), relation);
    }
}
