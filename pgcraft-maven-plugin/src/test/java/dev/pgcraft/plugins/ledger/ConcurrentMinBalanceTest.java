package dev.pgcraft.plugins.ledger;

import dev.pgcraft.db.ConnectionSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Two sessions withdrawing from one group at once must not together overdraw it: with two real connections, the
 * second insert has to wait for the first transaction (on the group's advisory lock, or on the maintained balance
 * row), and once the first commits it is refused, because it then sees the first one's row. The same holds for a
 * diff-mode event: the second call waits, then finds the balance already set.
 */
class ConcurrentMinBalanceTest {

    private static ConnectionSettings db;

    @BeforeAll
    static void build() {
        db = LedgerDb.create("/ledger/pgcraft.xml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "summing view (advisory lock), wallet, account, 'balance of account=%s in ops.wallet would be -60, below the minimum 0'",
        "maintained balances (row lock), points, member, 'balance of member=%s in ops.points would be -60, below the minimum -10'",
    })
    void theSecondWriterWaitsThenIsRefused(String label, String ledger, String group, String expected)
            throws Exception {
        String key = "cc-" + ledger;
        execute(db, "INSERT INTO ops." + ledger + " (" + group + ", value) VALUES ('" + key + "', 100)");
        String withdraw = "INSERT INTO ops." + ledger + " (" + group + ", value) VALUES ('" + key + "', -80)";
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = db.open(); Connection other = db.open(); Statement firstStatement =
                first.createStatement()) {
            first.setAutoCommit(false);
            other.setAutoCommit(false);
            int otherPid = pid(other);
            firstStatement.execute(withdraw);

            Future<?> refused = second.submit(() -> {
                try (Statement statement = other.createStatement()) {
                    statement.execute(withdraw);
                    other.commit();
                }
                return null;
            });
            String waitingOn = waitUntilBlocked(otherPid);
            assertFalse(refused.isDone(), "the second insert must wait for the first transaction");
            assertEquals(ledger.equals("wallet") ? "advisory" : "transactionid", waitingOn);

            first.commit();
            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> refused.get(30, TimeUnit.SECONDS));
            assertInstanceOf(SQLException.class, failure.getCause());
            assertEquals(expected.formatted(key), LedgerDb.message((SQLException) failure.getCause()));
            other.rollback();
        } finally {
            second.shutdownNow();
        }
        assertEquals("20", queryOne(db, "SELECT sum(value) FROM ops." + ledger + " WHERE " + group + " = '" + key
                + "'"));
    }

    @Test
    void twoSessionsSettingTheSameBalanceAdjustItOnce() throws Exception {
        String call = "SELECT count(*) FROM ops.ops_wallet_set_balance('cc-diff', 50)";
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection first = db.open(); Connection other = db.open(); Statement firstStatement =
                first.createStatement()) {
            first.setAutoCommit(false);
            other.setAutoCommit(false);
            int otherPid = pid(other);
            try (ResultSet inserted = firstStatement.executeQuery(call)) {
                inserted.next();
                assertEquals(1, inserted.getInt(1));
            }
            Future<Integer> secondInserted = second.submit(() -> {
                try (Statement statement = other.createStatement(); ResultSet inserted = statement.executeQuery(call)) {
                    inserted.next();
                    other.commit();
                    return inserted.getInt(1);
                }
            });
            assertEquals("advisory", waitUntilBlocked(otherPid));
            first.commit();
            assertEquals(0, secondInserted.get(30, TimeUnit.SECONDS), "the second call found the balance set");
        } finally {
            second.shutdownNow();
        }
        assertEquals("50|1", queryOne(db, "SELECT sum(value), count(*) FROM ops.wallet WHERE account = 'cc-diff'"));
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Polls (at most 30 s, as a guard, not a timing) until the session waits on a lock; returns the lock kind. */
    private static String waitUntilBlocked(int pid) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String event = queryOne(db, "SELECT coalesce(wait_event_type || ':' || wait_event, '')"
                    + " FROM pg_stat_activity WHERE pid = " + pid);
            if (event.startsWith("Lock:")) {
                return event.substring("Lock:".length());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("session " + pid + " never waited for a lock");
    }
}
