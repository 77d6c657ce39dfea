package dev.pgcraft.kinds.ledger;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two sessions withdrawing from one group at once must not together overdraw it: with two real connections, the
 * second insert has to wait for the first transaction (on the group's advisory lock, or on the maintained balance
 * row), and once the first commits it is refused, because it then sees the first one's row. The same holds for a
 * diff-mode event: the second call waits, then finds the balance already set.
 */
@DbTest
class ConcurrentMinBalanceTest {

    private static ConnectionSettings db;

    @BeforeAll
    static void build() {
        db = LedgerDb.create("/ledger/pgcraft.xml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "summing view (advisory lock), wallet, account, advisory, 'balance of account=%s in ops.wallet would be -60, below the minimum 0'",
        "maintained balances (row lock), points, member, transactionid, 'balance of member=%s in ops.points would be -60, below the minimum -10'",
    })
    void theSecondWriterWaitsThenIsRefused(String label, String ledger, String group, String lock, String expected)
            throws Exception {
        String key = "cc-" + ledger;
        execute(db, "INSERT INTO ops." + ledger + " (" + group + ", value) VALUES ('" + key + "', 100)");
        String withdraw = "WITH w AS (INSERT INTO ops." + ledger + " (" + group + ", value) VALUES ('" + key
                + "', -80) RETURNING 1) SELECT count(*) FROM w";
        try (TwoSessions sessions = new TwoSessions(db)) {
            sessions.first(withdraw);
            Future<Integer> refused = sessions.second(withdraw);
            assertEquals(lock, sessions.waitUntilSecondBlocked());
            assertFalse(refused.isDone(), "the second insert must wait for the first transaction");

            sessions.commitFirst();
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> refused.get(30, TimeUnit.SECONDS));
            assertInstanceOf(SQLException.class, failure.getCause());
            assertEquals(expected.formatted(key), LedgerDb.message((SQLException) failure.getCause()));
        }
        assertEquals("20", queryOne(db, "SELECT sum(value) FROM ops." + ledger + " WHERE " + group + " = '" + key
                + "'"));
    }

    @Test
    void twoSessionsSettingTheSameBalanceAdjustItOnce() throws Exception {
        String call = "SELECT count(*) FROM ops.ops_wallet_set_balance('cc-diff', 50)";
        try (TwoSessions sessions = new TwoSessions(db)) {
            assertEquals(1, sessions.first(call));
            Future<Integer> secondInserted = sessions.second(call);
            assertEquals("advisory", sessions.waitUntilSecondBlocked());
            sessions.commitFirst();
            assertEquals(0, secondInserted.get(30, TimeUnit.SECONDS), "the second call found the balance set");
        }
        assertEquals("50|1", queryOne(db, "SELECT sum(value), count(*) FROM ops.wallet WHERE account = 'cc-diff'"));
    }
}
