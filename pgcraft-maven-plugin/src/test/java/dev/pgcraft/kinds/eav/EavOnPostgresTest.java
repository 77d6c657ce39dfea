package dev.pgcraft.kinds.eav;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code <eav>} dimension on PostgreSQL 18: writes through the view, the attribute log and its current rows,
 * changes to NULL, the rules the triggers enforce, raw-table protection, owner rights, and two sessions updating
 * one entity.
 */
@DbTest
class EavOnPostgresTest {

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="dim">
                <eav name="features" comment="Sparse product features">
                  <column name="color" type="text" comment="What it looks like"/>
                  <column name="size" type="integer" nullable="false" default="1"/>
                  <column name="weight" type="numeric(10,2)"/>
                  <column name="label" type="varchar(20)"/>
                  <column name="enabled" type="boolean"/>
                  <column name="sku" type="text" unique="true"/>
                  <column name="tags" type="text[]"/>
                  <check name="size_positive" expression="size &gt; 0"/>
                  <check name="red_is_small" expression="color &lt;&gt; 'red' OR size &lt; 10"/>
                </eav>
                <simple name="orders">
                  <column name="feature_id" type="bigint" references="dim.features" onDelete="cascade"/>
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
    void insertWritesOneRowPerAttributeThatIsNotNull() {
        String id = queryOne(db, "INSERT INTO dim.features (color, size, weight, tags) "
                + "VALUES ('blue', 3, 1.5, '{a,b}') RETURNING id");
        assertEquals("blue|3|1.50|null|null|null|{a,b}",
                queryOne(db, "SELECT color, size, weight, label, enabled, sku, tags FROM dim.features WHERE id = " + id));
        assertEquals(List.of("color|blue", "size|3", "tags|{a,b}", "weight|1.50"),
                query(db, "SELECT attribute_name, value FROM dim.features_history WHERE entity_id = " + id
                        + " ORDER BY attribute_name"));
        assertEquals("value_integer",
                queryOne(db, "SELECT CASE WHEN value_integer IS NOT NULL THEN 'value_integer' END "
                        + "FROM dim.features_attribute WHERE attribute_name = 'size'"));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM dim.features_entity"));
    }

    @Test
    void valueColumnsAreOnePerExactType() {
        assertEquals(List.of("value_boolean|boolean", "value_integer|integer", "value_numeric_10_2|numeric(10,2)",
                        "value_text|text", "value_text_array|text[]", "value_varchar_20|character varying(20)"),
                query(db, "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                        + "WHERE attrelid = 'dim.features_attribute'::regclass AND attname LIKE 'value%' "
                        + "ORDER BY attname"));
        assertEquals("character varying(20)", queryOne(db, "SELECT format_type(atttypid, atttypmod) FROM "
                + "pg_attribute WHERE attrelid = 'dim.features'::regclass AND attname = 'label'"));
    }

    @Test
    void defaultAppliesToAnAttributeLeftOut() {
        String id = queryOne(db, "INSERT INTO dim.features (color) VALUES ('green') RETURNING id");
        assertEquals("1", queryOne(db, "SELECT size FROM dim.features WHERE id = " + id));
    }

    @Test
    void updateWritesOnlyChangedAttributesAndSupersedesTheCurrentRow() {
        String id = queryOne(db, "INSERT INTO dim.features (color, size, weight) VALUES ('blue', 3, 1) RETURNING id");
        execute(db, "UPDATE dim.features SET color = 'green', size = 3 WHERE id = " + id);
        assertEquals(List.of("color|blue|f", "color|green|t", "size|3|t", "weight|1.00|t"),
                query(db, "SELECT attribute_name, value, valid_to IS NULL FROM dim.features_history "
                        + "WHERE entity_id = " + id + " ORDER BY attribute_name, id"));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM dim.features_history WHERE entity_id = " + id
                + " AND valid_to IS NOT NULL"));
        // The superseded row ends when its successor begins.
        assertEquals("t", queryOne(db, "SELECT old.valid_to = new.valid_from FROM dim.features_history old "
                + "JOIN dim.features_history new USING (entity_id, attribute_name) "
                + "WHERE old.value = 'blue' AND new.value = 'green'"));
        assertEquals("green|3", queryOne(db, "SELECT color, size FROM dim.features WHERE id = " + id));
    }

    @Test
    void aChangeToNullIsRecordedAndReadsAsNull() {
        String id = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('blue', 3) RETURNING id");
        execute(db, "UPDATE dim.features SET color = NULL WHERE id = " + id);
        assertEquals("null", queryOne(db, "SELECT color FROM dim.features WHERE id = " + id));
        assertEquals(List.of("blue|f", "null|t"), query(db, "SELECT value, valid_to IS NULL FROM "
                + "dim.features_history WHERE entity_id = " + id + " AND attribute_name = 'color' ORDER BY id"));
        assertEquals("0", queryOne(db, "SELECT num_nonnulls(value_text, value_integer, value_numeric_10_2) FROM "
                + "dim.features_attribute WHERE attribute_name = 'color' AND superseded_at IS NULL"));
        // Setting a NULL attribute to NULL again writes nothing.
        execute(db, "UPDATE dim.features SET color = NULL, size = size WHERE id = " + id);
        assertEquals("3", queryOne(db, "SELECT count(*) FROM dim.features_attribute WHERE entity_id = " + id));
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        String id = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('blue', 3) RETURNING id");
        assertEquals("1", queryOne(db, "WITH u AS (UPDATE dim.features SET color = 'blue' WHERE id = " + id
                + " RETURNING 1) SELECT count(*) FROM u"));
        assertEquals("2", queryOne(db, "SELECT count(*) FROM dim.features_attribute"));
    }

    @Test
    void deleteRemovesTheEntityAndKeepsItsHistory() {
        String id = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('blue', 3) RETURNING id");
        execute(db, "INSERT INTO dim.orders (feature_id) VALUES (" + id + ")");
        assertEquals("1", queryOne(db, "WITH d AS (DELETE FROM dim.features WHERE id = " + id
                + " RETURNING 1) SELECT count(*) FROM d"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.features"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.features_entity"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM dim.orders"), "the foreign key's cascade ran");
        assertEquals(List.of("blue|f", "3|f"), query(db, "SELECT value, valid_to IS NULL FROM "
                + "dim.features_history WHERE entity_id = " + id + " ORDER BY id"));
        assertEquals("0", queryOne(db, "WITH d AS (DELETE FROM dim.features WHERE id = " + id
                + " RETURNING 1) SELECT count(*) FROM d"));
    }

    @Test
    void notNullAndChecksAreEnforcedWithTheirSqlStates() {
        // An explicit NULL on insert takes the column's default (see the README); an update to NULL is refused.
        String defaulted = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('x', NULL) RETURNING id");
        SQLException notNull = assertThrows(SQLException.class,
                () -> run("UPDATE dim.features SET size = NULL WHERE id = " + defaulted));
        assertEquals("23502", notNull.getSQLState());
        assertTrue(notNull.getMessage().startsWith("ERROR: null value in column size of eav dimension dim.features "
                + "violates not-null constraint"), notNull.getMessage());
        assertTrue(notNull.getMessage().contains("Column size is declared nullable=\"false\": give it a value."),
                notNull.getMessage());

        SQLException check = assertThrows(SQLException.class, () -> run("INSERT INTO dim.features (size) VALUES (0)"));
        assertEquals("23514", check.getSQLState());
        assertTrue(check.getMessage().contains("new row for eav dimension dim.features violates check size_positive"),
                check.getMessage());
        assertTrue(check.getMessage().contains("The check is: size > 0"), check.getMessage());
        String id = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('red', 5) RETURNING id");
        SQLException twoColumns = assertThrows(SQLException.class,
                () -> run("UPDATE dim.features SET size = 20 WHERE id = " + id));
        assertEquals("23514", twoColumns.getSQLState());
        assertTrue(twoColumns.getMessage().contains("violates check red_is_small"), twoColumns.getMessage());
        assertEquals("5", queryOne(db, "SELECT size FROM dim.features WHERE id = " + id));
    }

    @Test
    void uniqueAttributesAreUniqueAmongCurrentValues() throws Exception {
        String id = queryOne(db, "INSERT INTO dim.features (sku) VALUES ('A-1') RETURNING id");
        SQLException duplicate = assertThrows(SQLException.class,
                () -> run("INSERT INTO dim.features (sku) VALUES ('A-1')"));
        assertEquals("23505", duplicate.getSQLState());
        // Once superseded, the old value is history and may be used again.
        execute(db, "UPDATE dim.features SET sku = 'A-2' WHERE id = " + id);
        run("INSERT INTO dim.features (sku) VALUES ('A-1')");
        assertEquals(List.of("A-1", "A-2"), query(db, "SELECT sku FROM dim.features ORDER BY sku"));
    }

    @Test
    void directWritesToTheTablesAreRefused() throws Exception {
        String id = queryOne(db, "INSERT INTO dim.features (color) VALUES ('blue') RETURNING id");
        for (String sql : List.of(
                "INSERT INTO dim.features_attribute (entity_id, attribute_name, value_text) VALUES (" + id + ", 'color', 'x')",
                "UPDATE dim.features_attribute SET value_text = 'x'",
                "DELETE FROM dim.features_entity",
                "TRUNCATE dim.features_attribute")) {
            SQLException refused = assertThrows(SQLException.class, () -> run(sql), sql);
            assertEquals("42501", refused.getSQLState(), sql);
            assertTrue(refused.getMessage().contains("is not allowed: write through the view dim.features"),
                    refused.getMessage());
        }
        SQLException insert = assertThrows(SQLException.class,
                () -> run("INSERT INTO dim.features_entity DEFAULT VALUES"));
        assertTrue(insert.getMessage().startsWith(
                "ERROR: INSERT on dim.features_entity is not allowed: write through the view dim.features"),
                insert.getMessage());
        assertEquals("blue", queryOne(db, "SELECT color FROM dim.features WHERE id = " + id));
    }

    @Test
    void aRoleGrantedOnlyTheViewWritesThroughIt() throws Exception {
        execute(db, "CREATE ROLE eav_writer; GRANT USAGE ON SCHEMA dim TO eav_writer; "
                + "GRANT SELECT, INSERT, UPDATE, DELETE ON dim.features TO eav_writer");
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE eav_writer");
            statement.execute("INSERT INTO dim.features (color) VALUES ('blue')");
            statement.execute("UPDATE dim.features SET color = 'red'");
            statement.execute("DELETE FROM dim.features");
            SQLException denied = assertThrows(SQLException.class,
                    () -> statement.execute("SELECT * FROM dim.features_attribute"));
            assertEquals("42501", denied.getSQLState());
        }
        assertEquals("3", queryOne(db, "SELECT count(*) FROM dim.features_history"), "color, size, then color again");
    }

    @Test
    void functionsAreSecurityDefinerWithAPinnedSearchPathAndProtectionIsNot() {
        assertEquals(List.of("dim_features_delete|t|{\"search_path=pg_catalog, pg_temp\"}",
                        "dim_features_insert|t|{\"search_path=pg_catalog, pg_temp\"}",
                        "dim_features_protect|f|null",
                        "dim_features_update|t|{\"search_path=pg_catalog, pg_temp\"}"),
                query(db, "SELECT proname, prosecdef, proconfig FROM pg_proc WHERE pronamespace = 'dim'::regnamespace "
                        + "ORDER BY proname"));
    }

    @Test
    void twoSessionsUpdatingOneEntityLeaveOneCurrentValue() throws Exception {
        String id = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('blue', 3) RETURNING id");
        firstCommitsWhileSecondWaits(id, "UPDATE dim.features SET color = 'green' WHERE id = " + id,
                "UPDATE dim.features SET color = 'yellow', size = 4 WHERE id = " + id);
        assertEquals("yellow|4", queryOne(db, "SELECT color, size FROM dim.features WHERE id = " + id));
        assertEquals(List.of("color|1", "size|1"), query(db, "SELECT attribute_name, count(*) FROM "
                + "dim.features_attribute WHERE superseded_at IS NULL GROUP BY 1 ORDER BY 1"));
        assertEquals(List.of("blue", "green", "yellow"), query(db, "SELECT value FROM dim.features_history "
                + "WHERE attribute_name = 'color' ORDER BY id"));
    }

    @Test
    void aSecondSessionSettingTheValueTheFirstCommittedWritesNoDuplicate() throws Exception {
        String id = queryOne(db, "INSERT INTO dim.features (color) VALUES ('blue') RETURNING id");
        firstCommitsWhileSecondWaits(id, "UPDATE dim.features SET color = 'green' WHERE id = " + id,
                "UPDATE dim.features SET color = 'green' WHERE id = " + id);
        assertEquals(List.of("blue", "green"), query(db, "SELECT value FROM dim.features_history "
                + "WHERE attribute_name = 'color' ORDER BY id"));
    }

    /**
     * Runs {@code first} in an open transaction, starts {@code second} in another session, checks that it waits for
     * the entity's lock, then commits the first and lets the second finish.
     */
    private void firstCommitsWhileSecondWaits(String id, String first, String second) throws Exception {
        try (Connection one = db.open(); Connection two = db.open(); Statement firstStatement = one.createStatement();
             Statement secondStatement = two.createStatement()) {
            one.setAutoCommit(false);
            firstStatement.execute(first);
            CompletableFuture<Void> blocked = inBackground(secondStatement, second);
            awaitLockWait(id);
            assertFalse(blocked.isDone(), "the second update waits for the first one's lock");
            one.commit();
            blocked.get(30, TimeUnit.SECONDS);
        }
    }

    /** Runs {@code sql} on another thread, so the test can watch it wait for a lock. */
    private static CompletableFuture<Void> inBackground(Statement statement, String sql) {
        return CompletableFuture.runAsync(() -> {
            try {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void awaitLockWait(String id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (!queryOne(db, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    + "AND query LIKE 'UPDATE dim.features %" + id + "'").equals("0")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second session never waited for a lock");
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
