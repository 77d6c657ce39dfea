package dev.pgcraft.appendonly;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Two sessions updating one entity at once: the second waits for the first (the update function locks the root
 * row), then applies what its own statement changed to the values the first committed.
 */
@DbTest
class AppendOnlyConcurrencyTest {

    @Test
    void concurrentUpdatesTakeTurnsAndLeaveOneConsistentCurrentVersion() throws Exception {
        ConnectionSettings db = AppendOnlyModel.database(AppendOnlyModel.shop("identity"));
        String id = queryOne(db, "INSERT INTO dim.products (sku, title, price) VALUES ('K-1', 'A', 1) RETURNING id");
        try (Connection first = db.open(); Connection second = db.open();
             Statement one = first.createStatement(); Statement two = second.createStatement()) {
            first.setAutoCommit(false);
            one.executeUpdate("UPDATE dim.products SET price = 2 WHERE id = " + id);
            String secondPid = single(two, "SELECT pg_backend_pid()");
            CompletableFuture<Integer> blocked = CompletableFuture.supplyAsync(() -> {
                try {
                    return two.executeUpdate("UPDATE dim.products SET title = 'B' WHERE id = " + id);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            waitUntilWaitingForALock(db, secondPid);
            assertFalse(blocked.isDone(), "the second update must wait for the first session's transaction");
            first.commit();
            assertEquals(1, blocked.get(30, TimeUnit.SECONDS));
        }
        // Both changes are kept: the second statement changed only the title.
        assertEquals("2.00|B", queryOne(db, "SELECT price, title FROM dim.products WHERE id = " + id));
        assertEquals(List.of("1.00|A", "2.00|A", "2.00|B"), query(db, "SELECT price, title FROM"
                + " dim.products_history WHERE id = " + id + " ORDER BY version_id"));
        // The root points at the newest version and holds exactly its values.
        assertEquals("t|t", queryOne(db, "SELECT r.products_attributes_id = (SELECT max(id) FROM"
                + " dim.products_attributes WHERE root_id = r.id),"
                + " (r.sku, r.title, r.price) = (a.sku, a.title, a.price)"
                + " FROM dim.products_root r JOIN dim.products_attributes a ON a.id = r.products_attributes_id"
                + " WHERE r.id = " + id));
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void waitUntilWaitingForALock(ConnectionSettings db, String pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (!query(db, "SELECT 1 FROM pg_stat_activity WHERE pid = " + pid + " AND wait_event_type = 'Lock'")
                    .isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the second session never waited for a lock");
    }
}
