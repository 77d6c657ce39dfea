package dev.pgcraft.kinds.ledger;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code ledger-evolve} golden steps applied to a ledger that holds rows between the migrations: rules added
 * later hold from then on, and maintained balances start from the entries already there.
 */
@DbTest
class LedgerEvolutionTest {

    @TempDir
    Path project;

    private final ConnectionSettings db = TestPostgres.freshDatabase();

    @Test
    void rulesAddedToALedgerWithRowsHoldAndMaintainedBalancesStartFromTheRows() throws IOException {
        migrateTo(1);
        migrateTo(2);
        execute(db, "INSERT INTO ops.journal (account, value) VALUES ('a', -300), ('b', 300)");

        migrateTo(3);
        // 'a' is below the new minimum of -100: it may be topped up, but not drawn further.
        query(db, "SELECT * FROM ops.ops_journal_transfer('b', 'a', 10)");
        assertEquals("balance of account=a in ops.journal would be -291.00, below the minimum -100",
                LedgerDb.refused(db, "SELECT * FROM ops.ops_journal_transfer('a', 'b', 1)"));

        migrateTo(4);
        assertEquals(List.of("a|transfer", "b|transfer"),
                query(db, "SELECT account, memo FROM ops.ops_journal_transfer('b', 'a', 5) ORDER BY account"));

        migrateTo(5);
        assertEquals("r", TestPostgres.queryOne(db, "SELECT relkind FROM pg_class WHERE oid = 'ops.journal_balances'::regclass"));
        assertEquals(List.of("a|-285.00", "b|285.00"),
                query(db, "SELECT account, balance FROM ops.journal_balances ORDER BY account"));
        query(db, "SELECT * FROM ops.ops_journal_transfer('b', 'c', 85)");
        assertEquals(List.of("a|-285.00", "b|200.00", "c|85.00"),
                query(db, "SELECT account, balance FROM ops.journal_balances ORDER BY account"));
        assertEquals(query(db, "SELECT account, sum(value) FROM ops.journal GROUP BY account ORDER BY account"),
                query(db, "SELECT account, balance FROM ops.journal_balances ORDER BY account"));
        assertEquals("balance of account=b in ops.journal would be -100.01, below the minimum -100",
                LedgerDb.refused(db, "SELECT * FROM ops.ops_journal_transfer('b', 'c', 300.01)"));
    }

    /** Generates the golden step {@code n} of {@code ledger-evolve} and applies what is pending. */
    private void migrateTo(int step) throws IOException {
        Path config = project.resolve("pgcraft.xml");
        Path migrations = project.resolve("migrations");
        Files.createDirectories(migrations);
        Files.copy(LedgerDb.path("/generate/ledger-evolve/steps/" + step + ".xml"), config,
                StandardCopyOption.REPLACE_EXISTING);
        new Generator(message -> { }).generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, true));
        new Migrator().migrate(MigrateOptions.of(db, migrations), MigrationListener.NONE);
    }
}
