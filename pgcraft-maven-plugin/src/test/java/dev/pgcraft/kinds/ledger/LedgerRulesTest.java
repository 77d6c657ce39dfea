package dev.pgcraft.kinds.ledger;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ledger rule on PostgreSQL 18, on the ledgers of {@code /ledger/pgcraft.xml}: {@code ops.journal} (double
 * entry, balance and latest views, a transfer event), {@code ops.wallet} (minimum balance 0 on a summing view, a
 * foreign key with ON DELETE CASCADE, a diff-mode event) and {@code ops.points} (minimum balance over maintained
 * balances). Each test uses its own accounts, so they share one database.
 */
@DbTest
class LedgerRulesTest {

    private static ConnectionSettings db;

    @BeforeAll
    static void build() {
        db = LedgerDb.create("/ledger/pgcraft.xml");
    }

    @Test
    void updateDeleteAndTruncateAreRefusedOnTheTableItself() {
        execute(db, "INSERT INTO ops.wallet (account, value) VALUES ('imm', 5)");
        assertEquals("UPDATE on ops.wallet is not allowed: ledger entries are immutable",
                LedgerDb.refused(db, "UPDATE ops.wallet SET value = 6 WHERE account = 'imm'"));
        assertEquals("DELETE on ops.wallet is not allowed: ledger entries are immutable",
                LedgerDb.refused(db, "DELETE FROM ops.wallet WHERE account = 'imm'"));
        assertEquals("TRUNCATE on ops.wallet is not allowed: ledger entries are immutable",
                LedgerDb.refused(db, "TRUNCATE ops.wallet"));
        assertEquals("TRUNCATE on ops.journal is not allowed: ledger entries are immutable",
                LedgerDb.refused(db, "TRUNCATE ops.journal"));
        assertEquals("5", queryOne(db, "SELECT value FROM ops.wallet WHERE account = 'imm'"));
    }

    @Test
    void aForeignKeyCascadeCannotDeleteEntries() {
        String customer = queryOne(db, "INSERT INTO dim.customers (name) VALUES ('Ann') RETURNING id");
        execute(db, "INSERT INTO ops.wallet (account, value, customer_id) VALUES ('fk', 7, " + customer + ")");
        assertEquals("DELETE on ops.wallet is not allowed: ledger entries are immutable",
                LedgerDb.refused(db, "DELETE FROM dim.customers WHERE id = " + customer));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM dim.customers WHERE id = " + customer));
        assertEquals("7", queryOne(db, "SELECT value FROM ops.wallet WHERE account = 'fk'"));
    }

    @Test
    void aBalancedEntryWrittenInTwoStatementsCommits() throws SQLException {
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO ops.journal (entry_id, account, value)"
                    + " VALUES ('00000000-0000-0000-0000-00000000000a', 'de-cash', -10.50)");
            statement.execute("INSERT INTO ops.journal (entry_id, account, value)"
                    + " VALUES ('00000000-0000-0000-0000-00000000000a', 'de-bank', 10.50)");
            connection.commit();
        }
        assertEquals(List.of("de-bank|10.50", "de-cash|-10.50"), query(db, "SELECT account, balance"
                + " FROM ops.journal_balances WHERE account LIKE 'de-%' ORDER BY account"));
    }

    @Test
    void anUnbalancedEntryIsRefusedAtCommitNotBefore() throws SQLException {
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO ops.journal (entry_id, account, value)"
                    + " VALUES ('00000000-0000-0000-0000-00000000000b', 'ub-cash', -10)");
            statement.execute("INSERT INTO ops.journal (entry_id, account, value)"
                    + " VALUES ('00000000-0000-0000-0000-00000000000b', 'ub-bank', 7.25)");
            SQLException atCommit = assertThrows(SQLException.class, connection::commit);
            assertEquals("entry 00000000-0000-0000-0000-00000000000b of ops.journal does not balance: its values sum"
                    + " to -2.75, not 0", LedgerDb.message(atCommit));
            assertEquals("23514", LedgerDb.state(atCommit));
        }
        assertEquals("0", queryOne(db, "SELECT count(*) FROM ops.journal WHERE account LIKE 'ub-%'"));
    }

    @Test
    void anEntryCheckedEarlyIsCheckedAgainWhenItGrowsAfterwards() throws SQLException {
        // SET CONSTRAINTS … IMMEDIATE runs the checks of the rows so far; a row added to the same entry later must
        // still be checked at commit, though the entry passed once.
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO ops.journal (entry_id, account, value) VALUES"
                    + " ('00000000-0000-0000-0000-00000000000c', 'gr-a', -1), "
                    + " ('00000000-0000-0000-0000-00000000000c', 'gr-b', 1)");
            statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
            statement.execute("SET CONSTRAINTS ALL DEFERRED");
            statement.execute("INSERT INTO ops.journal (entry_id, account, value)"
                    + " VALUES ('00000000-0000-0000-0000-00000000000c', 'gr-b', 1)");
            SQLException atCommit = assertThrows(SQLException.class, connection::commit);
            assertEquals("entry 00000000-0000-0000-0000-00000000000c of ops.journal does not balance: its values sum"
                    + " to 1.00, not 0", LedgerDb.message(atCommit));
        }
    }

    @Test
    void transferInsertsOneEntryAndReturnsItsRows() {
        List<String> rows = query(db, "SELECT account, value, memo FROM ops.ops_journal_transfer('tr-a', 'tr-b', 12.5)"
                + " ORDER BY account");
        assertEquals(List.of("tr-a|-12.50|none", "tr-b|12.50|none"), rows);
        assertEquals("1", queryOne(db, "SELECT count(DISTINCT entry_id) FROM ops.journal WHERE account LIKE 'tr-%'"));
        query(db, "SELECT * FROM ops.ops_journal_transfer('tr-b', 'tr-a', 2)");
        assertEquals(List.of("tr-a|-10.50", "tr-b|10.50"), query(db, "SELECT account, balance"
                + " FROM ops.journal_balances WHERE account LIKE 'tr-%' ORDER BY account"));
        assertEquals("2", queryOne(db, "SELECT count(DISTINCT entry_id) FROM ops.journal WHERE account LIKE 'tr-%'"));
    }

    @Test
    void latestShowsTheNewestRowOfEachGroup() {
        execute(db, "INSERT INTO ops.journal (entry_id, account, value, memo) VALUES"
                + " ('00000000-0000-0000-0000-0000000000d1', 'la-a', 1, 'first'),"
                + " ('00000000-0000-0000-0000-0000000000d1', 'la-b', -1, 'first')");
        execute(db, "INSERT INTO ops.journal (entry_id, account, value, memo) VALUES"
                + " ('00000000-0000-0000-0000-0000000000d2', 'la-a', 3, 'second'),"
                + " ('00000000-0000-0000-0000-0000000000d2', 'la-b', -3, 'second')");
        assertEquals(List.of("la-a|3.00|second", "la-b|-3.00|second"), query(db, "SELECT account, value, memo"
                + " FROM ops.journal_latest WHERE account LIKE 'la-%' ORDER BY account"));
    }

    @Test
    void anInsertBelowTheMinimumIsRefusedNamingGroupAndBalance() {
        execute(db, "INSERT INTO ops.wallet (account, value) VALUES ('mb-a', 100)");
        assertEquals("balance of account=mb-a in ops.wallet would be -50, below the minimum 0",
                LedgerDb.refused(db, "INSERT INTO ops.wallet (account, value) VALUES ('mb-a', -150)"));
        assertEquals("balance of account=mb-a in ops.wallet would be -1, below the minimum 0",
                LedgerDb.refused(db, "SELECT * FROM ops.ops_wallet_move('mb-a', 'mb-b', 101)"));
        query(db, "SELECT * FROM ops.ops_wallet_move('mb-a', 'mb-b', 100)");
        assertEquals(List.of("mb-a|0", "mb-b|100"), query(db, "SELECT account, balance FROM ops.wallet_balances"
                + " WHERE account LIKE 'mb-%' ORDER BY account"));
    }

    @Test
    void aStatementIsJudgedByWhereItLeavesTheGroup() {
        execute(db, "INSERT INTO ops.wallet (account, value) VALUES ('st-a', -5), ('st-a', 5)");
        assertEquals("0", queryOne(db, "SELECT balance FROM ops.wallet_balances WHERE account = 'st-a'"));
    }

    @Test
    void theMinimumHoldsOverMaintainedBalances() {
        execute(db, "INSERT INTO ops.points (member, value) VALUES ('pm-a', 5), ('pm-a', -12)");
        assertEquals("-7", queryOne(db, "SELECT balance FROM ops.points_balances WHERE member = 'pm-a'"));
        assertEquals("balance of member=pm-a in ops.points would be -11, below the minimum -10",
                LedgerDb.refused(db, "INSERT INTO ops.points (member, value) VALUES ('pm-a', -4)"));
        assertEquals("-7", queryOne(db, "SELECT balance FROM ops.points_balances WHERE member = 'pm-a'"));
        assertEquals("-7", queryOne(db, "SELECT sum(value) FROM ops.points WHERE member = 'pm-a'"));
    }

    @Test
    void aDiffEventInsertsTheDifferenceOnceAndNothingTheSecondTime() {
        assertEquals(List.of("sb-a|70"), query(db, "SELECT account, value FROM ops.ops_wallet_set_balance('sb-a', 70)"));
        assertEquals(List.of(), query(db, "SELECT account, value FROM ops.ops_wallet_set_balance('sb-a', 70)"));
        assertEquals(List.of("sb-a|-40"), query(db, "SELECT account, value FROM ops.ops_wallet_set_balance('sb-a', 30)"));
        assertEquals(List.of(), query(db, "SELECT account, value FROM ops.ops_wallet_set_balance('sb-a', 30)"));
        assertEquals("30", queryOne(db, "SELECT balance FROM ops.wallet_balances WHERE account = 'sb-a'"));
        assertEquals("2", queryOne(db, "SELECT count(*) FROM ops.wallet WHERE account = 'sb-a'"));
        assertTrue(LedgerDb.refused(db, "SELECT * FROM ops.ops_wallet_set_balance('sb-a', -1)")
                .startsWith("balance of account=sb-a in ops.wallet would be -1"));
    }
}
