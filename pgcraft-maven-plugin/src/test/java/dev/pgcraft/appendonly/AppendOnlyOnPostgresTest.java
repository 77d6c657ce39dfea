package dev.pgcraft.appendonly;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of an append-only dimension, exercised through its view on PostgreSQL 18 (identity keys). */
@DbTest
class AppendOnlyOnPostgresTest {

    private static ConnectionSettings db;

    @BeforeAll
    static void build() {
        db = AppendOnlyModel.database(AppendOnlyModel.shop("identity"));
        execute(db, "INSERT INTO dim.categories (name) VALUES ('tools'), ('toys')");
    }

    private static String insert(String sku, String price) {
        return queryOne(db, "INSERT INTO dim.products (sku, title, price) VALUES ('" + sku + "', 'T', " + price
                + ") RETURNING id");
    }

    private static int versions(String id) {
        return Integer.parseInt(queryOne(db, "SELECT count(*) FROM dim.products_attributes WHERE root_id = " + id));
    }

    @Test
    void insertWritesAVersionAndARootPointingAtIt() {
        String row = queryOne(db, "INSERT INTO dim.products (sku, title, price, category_id) VALUES ('A-1', 'Hammer',"
                + " 9.50, 1) RETURNING id, created_at = now(), updated_at = created_at, sku, price");
        String id = row.substring(0, row.indexOf('|'));
        assertEquals(id + "|t|t|A-1|9.50", row);
        assertEquals("A-1|Hammer|9.50|1|" + id, queryOne(db, "SELECT a.sku, a.title, a.price, a.category_id,"
                + " a.root_id FROM dim.products_root r JOIN dim.products_attributes a"
                + " ON a.id = r.products_attributes_id WHERE r.id = " + id));
        assertEquals("Hammer|9.50|t", queryOne(db, "SELECT title, price, updated_at = created_at FROM dim.products"
                + " WHERE id = " + id));
        assertEquals(1, versions(id));
    }

    @Test
    void insertIgnoresGivenKeyAndTimestampsAndAppliesDefaults() {
        String row = queryOne(db, "INSERT INTO dim.products (id, created_at, updated_at, sku) VALUES (424242,"
                + " '2000-01-01', '2000-01-01', 'D-1') RETURNING id, created_at > '2001-01-01', price");
        assertNotEquals("424242", row.substring(0, row.indexOf('|')));
        assertTrue(row.endsWith("|t|0.00"), row);
    }

    @Test
    void updateAppendsAVersionAndMovesThePointer() {
        String id = insert("U-1", "5");
        execute(db, "UPDATE dim.products SET price = 6 WHERE id = " + id);
        execute(db, "UPDATE dim.products SET title = 'New', price = 7 WHERE id = " + id);
        assertEquals(3, versions(id));
        assertEquals("7.00|New", queryOne(db, "SELECT price, title FROM dim.products WHERE id = " + id));
        assertEquals("t", queryOne(db, "SELECT r.products_attributes_id = max(a.id) FROM dim.products_root r"
                + " JOIN dim.products_attributes a ON a.root_id = r.id WHERE r.id = " + id
                + " GROUP BY r.products_attributes_id"));
        assertEquals(List.of("5.00|T|t|f", "6.00|T|t|f", "7.00|New|t|t"), query(db, "SELECT price, title,"
                + " valid_from IS NOT NULL, valid_to IS NULL FROM dim.products_history WHERE id = " + id
                + " ORDER BY version_id"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.products_history h WHERE id = " + id
                + " AND valid_to IS DISTINCT FROM (SELECT min(valid_from) FROM dim.products_history n"
                + " WHERE n.id = h.id AND n.version_id > h.version_id)"));
        assertEquals("t", queryOne(db, "SELECT updated_at >= created_at FROM dim.products WHERE id = " + id));
    }

    @Test
    void updateReturningShowsTheNewState() {
        String id = insert("R-1", "5");
        assertEquals(id + "|8.00|R-1", queryOne(db, "UPDATE dim.products SET price = 8 WHERE id = " + id
                + " RETURNING id, price, sku"));
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        String id = insert("N-1", "5");
        execute(db, "UPDATE dim.products SET price = 5, title = 'T', category_id = NULL, attrs = NULL WHERE id = "
                + id);
        assertEquals(1, versions(id));
        // NULL to a value and back are changes (IS DISTINCT FROM), and a json value equal in text is none.
        execute(db, "UPDATE dim.products SET title = NULL, attrs = '{\"a\": 1}' WHERE id = " + id);
        execute(db, "UPDATE dim.products SET attrs = '{\"a\": 1}' WHERE id = " + id);
        assertEquals(2, versions(id));
        execute(db, "UPDATE dim.products SET title = 'T' WHERE id = " + id);
        assertEquals(3, versions(id));
        assertEquals(List.of("T", "null", "T"), query(db, "SELECT title FROM dim.products_history WHERE id = " + id
                + " ORDER BY version_id"));
    }

    @Test
    void generatedColumnsCannotBeUpdated() {
        String id = insert("G-1", "5");
        SQLException error = failure("UPDATE dim.products SET created_at = '2000-01-01' WHERE id = " + id);
        assertEquals("428C9", error.getSQLState());
        assertTrue(error.getMessage().contains("column \"created_at\" of dim.products cannot be updated"),
                error.getMessage());
        assertEquals("428C9", failure("UPDATE dim.products SET id = NULL WHERE id = " + id).getSQLState());
        assertEquals(1, versions(id));
    }

    @Test
    void notNullIsCheckedWithTheDimensionsNameAndAHint() {
        SQLException error = failure("INSERT INTO dim.products (title) VALUES ('no sku')");
        assertEquals("23502", error.getSQLState());
        assertTrue(error.getMessage().contains("null value in column \"sku\" of dim.products violates not-null"
                + " constraint"), error.getMessage());
        assertTrue(error.getMessage().contains("Give \"sku\" a value: dim.products declares it nullable=\"false\"."),
                error.getMessage());
        String id = insert("NN-1", "5");
        assertEquals("23502", failure("UPDATE dim.products SET sku = NULL WHERE id = " + id).getSQLState());
        assertEquals(1, versions(id));
    }

    @Test
    void checksApplyToVersionsAndUniqueToCurrentEntities() {
        assertEquals("23514", failure("INSERT INTO dim.products (sku, price) VALUES ('C-1', -1)").getSQLState());
        String id = insert("C-2", "5");
        assertEquals("23514", failure("UPDATE dim.products SET price = -1 WHERE id = " + id).getSQLState());
        // An update keeping the sku is no duplicate, though the version log now holds it twice.
        execute(db, "UPDATE dim.products SET price = 6 WHERE id = " + id);
        assertEquals("23505", failure("INSERT INTO dim.products (sku) VALUES ('C-2')").getSQLState());
        execute(db, "DELETE FROM dim.products WHERE id = " + id);
        insert("C-2", "1");
    }

    @Test
    void deleteRemovesTheRootAndKeepsTheHistoryWithItsEnd() {
        String id = insert("X-1", "5");
        execute(db, "UPDATE dim.products SET price = 6 WHERE id = " + id);
        execute(db, "INSERT INTO dim.orders (product_id) VALUES (" + id + ")");
        assertEquals(id + "|6.00", queryOne(db, "DELETE FROM dim.products WHERE id = " + id
                + " RETURNING id, price"));
        assertEquals(List.of(), query(db, "SELECT id FROM dim.products WHERE id = " + id));
        assertEquals(List.of(), query(db, "SELECT id FROM dim.products_root WHERE id = " + id));
        assertEquals(List.of(), query(db, "SELECT id FROM dim.orders WHERE product_id = " + id));
        assertEquals(List.of("5.00|t", "6.00|t"), query(db, "SELECT price, valid_to IS NOT NULL"
                + " FROM dim.products_history WHERE id = " + id + " ORDER BY version_id"));
        assertEquals("t", queryOne(db, "SELECT valid_to = deleted_at FROM dim.products_history h"
                + " JOIN dim.products_attributes a ON a.id = h.version_id WHERE h.id = " + id
                + " ORDER BY version_id DESC LIMIT 1"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.products WHERE id = " + id));
        assertEquals(0, updateCount("DELETE FROM dim.products WHERE id = " + id));
    }

    @Test
    void rawTablesRefuseDirectWritesWithTheViewToUse() {
        String id = insert("P-1", "5");
        for (String sql : List.of(
                "INSERT INTO dim.products_attributes (root_id, sku, price) VALUES (1, 'x', 1)",
                "UPDATE dim.products_root SET price = 1 WHERE id = " + id,
                "DELETE FROM dim.products_attributes",
                "TRUNCATE dim.products_root CASCADE")) {
            SQLException error = failure(sql);
            assertEquals("42501", error.getSQLState(), sql);
            String table = sql.contains("products_root") ? "products_root" : "products_attributes";
            String op = sql.substring(0, sql.indexOf(' '));
            assertTrue(error.getMessage().startsWith("ERROR: " + op + " on dim." + table + " is not allowed:"
                    + " write through the view dim.products"), error.getMessage());
        }
        assertEquals("5.00", queryOne(db, "SELECT price FROM dim.products WHERE id = " + id));
    }

    @Test
    void aRoleGrantedOnlyTheViewWritesThroughIt() throws SQLException {
        String role = "writer_" + ProcessHandle.current().pid();
        execute(db, "DROP ROLE IF EXISTS " + role + "; CREATE ROLE " + role + "; GRANT USAGE ON SCHEMA dim TO " + role
                + "; GRANT SELECT, INSERT, UPDATE, DELETE ON dim.products TO " + role);
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + role);
            statement.execute("INSERT INTO dim.products (sku) VALUES ('W-1')");
            statement.execute("UPDATE dim.products SET price = 2 WHERE sku = 'W-1'");
            statement.execute("DELETE FROM dim.products WHERE sku = 'W-1'");
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.execute("SELECT * FROM dim.products_attributes"));
            assertEquals("42501", refused.getSQLState());
        } finally {
            execute(db, "REVOKE ALL ON dim.products FROM " + role + "; REVOKE USAGE ON SCHEMA dim FROM " + role
                    + "; DROP ROLE " + role);
        }
        assertEquals("2", queryOne(db, "SELECT count(*) FROM dim.products_history WHERE sku = 'W-1'"));
    }

    @Test
    void readingTheCurrentStateNeverReadsTheVersionLog() {
        String id = insert("E-1", "5");
        for (String sql : List.of("SELECT * FROM dim.products WHERE id = " + id, "SELECT * FROM dim.products",
                "SELECT count(*) FROM dim.products WHERE sku = 'E-1'")) {
            String plan = String.join("\n", query(db, "EXPLAIN " + sql));
            assertTrue(plan.contains("products_root"), plan);
            assertFalse(plan.contains("products_attributes"), plan);
        }
    }

    static int updateCount(String sql) {
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static SQLException failure(String sql) {
        return assertThrows(SQLException.class, () -> {
            try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
    }
}
