package dev.pgcraft.bench;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.testing.TestPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Ledger costs on an embedded PostgreSQL 18: bulk insert throughput of ledgers with double entry, minimum balance,
 * both, and maintained balances, each against the same ledger without those rules; and balance lookups through
 * the summing view against the maintained table.
 *
 * <p>Arguments: {@code [rows] [accounts]}, default 1,000,000 ledger rows (500,000 balanced two-row transfers) over
 * 10,000 accounts. Rows are loaded by multi-row {@code INSERT … SELECT generate_series}, 10,000 rows (one
 * transaction) per batch, so the deferred double-entry checks run at each batch's commit. A load is timed once
 * (it is long enough not to need best-of-N, and entries cannot be deleted to run it again); lookups are timed
 * best of five after a warm-up.
 */
public final class LedgerBenchmark {

    private static final int BATCH_ROWS = 10_000;
    private static final int LOOKUPS = 2_000;
    private static final int WARM_UP_ENTRIES = 10_000;

    /** Ledger name → its rules, every one of them with the account column and the account index. */
    private static final Map<String, String> LEDGERS = new LinkedHashMap<>();

    static {
        String min = "<minBalance groupBy=\"account\" min=\"-1000000000000\"/>";
        LEDGERS.put("plain", "<balance groupBy=\"account\"/>");
        LEDGERS.put("double_entry", "<doubleEntry/><balance groupBy=\"account\"/>");
        LEDGERS.put("min_balance", "<balance groupBy=\"account\"/>" + min);
        LEDGERS.put("both_checks", "<doubleEntry/><balance groupBy=\"account\"/>" + min);
        LEDGERS.put("maintained", "<balance groupBy=\"account\" maintained=\"true\"/>");
        LEDGERS.put("maintained_checks", "<doubleEntry/><balance groupBy=\"account\" maintained=\"true\"/>" + min);
    }

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        ConnectionSettings db = TestPostgres.freshDatabase();
        TestPostgres.execute(db, new FromScratch(message -> { }).script(model(), "pgcraft.xml", "V1"));
        System.out.printf(Locale.ROOT, "Loading %,d rows (%,d two-row entries) over %,d accounts into %d ledgers%n",
                rows, rows / 2, accounts, LEDGERS.size());

        Measurement measurement = new Measurement(5);
        Map<String, Double> loadMillis = new LinkedHashMap<>();
        try (Connection connection = db.open()) {
            // Warm-up: a few batches into every ledger (entries after the timed ones), so the first timed load
            // does not pay for cold caches and plans alone.
            for (String ledger : LEDGERS.keySet()) {
                load(connection, ledger, rows / 2, rows / 2 + WARM_UP_ENTRIES, accounts);
            }
            for (String ledger : LEDGERS.keySet()) {
                long start = System.nanoTime();
                load(connection, ledger, 0, rows / 2, accounts);
                double millis = (System.nanoTime() - start) / 1_000_000.0;
                loadMillis.put(ledger, millis);
                System.out.printf(Locale.ROOT, "  %-18s %,10.0f ms  %,10.0f rows/s%n", ledger, millis,
                        rows / millis * 1000);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            double plain = loadMillis.get("plain");
            for (String ledger : LEDGERS.keySet()) {
                if (!ledger.equals("plain")) {
                    measurement.record("insert " + rows + " rows, ledger " + ledger, loadMillis.get(ledger),
                            "plain ledger", plain);
                }
            }
            measurement.compare(LOOKUPS + " balance lookups, maintained table", () -> lookups(connection,
                    "maintained_balances", accounts), LOOKUPS + " lookups, summing view",
                    () -> lookups(connection, "plain_balances", accounts));
        }
        System.out.println();
        measurement.report().forEach(System.out::println);
    }

    /** The benchmark's pgcraft.xml: one ledger per entry of {@link #LEDGERS}, in schema {@code bench}. */
    private static Path model() throws IOException {
        StringBuilder xml = new StringBuilder("<pgcraft xmlns=\"urn:pgcraft:1\"><schema name=\"bench\">\n");
        LEDGERS.forEach((name, rules) -> xml.append("<ledger name=\"").append(name)
                .append("\" valueType=\"bigint\"><column name=\"account\" type=\"text\" nullable=\"false\"/>")
                .append(rules).append("</ledger>\n"));
        xml.append("</schema></pgcraft>\n");
        Path file = Files.createTempFile("ledger-benchmark", ".xml");
        file.toFile().deleteOnExit();
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Inserts entries {@code from} (inclusive) to {@code to} (exclusive) in batches: entry {@code i} takes {@code 1 + i % 100} from one account and gives it
     * to another, its two rows adjacent and sharing a deterministic entry_id.
     */
    private static void load(Connection connection, String ledger, int from, int to, int accounts)
            throws SQLException {
        String insert = "INSERT INTO bench." + ledger + " (entry_id, account, value)"
                + " SELECT md5(i::text)::uuid, 'a' || ((CASE WHEN side = -1 THEN i ELSE i * 7919 + 1 END) % ?),"
                + " side * (1 + i % 100)"
                + " FROM generate_series(?::bigint, ?::bigint) AS i CROSS JOIN (VALUES (-1), (1)) AS sides(side)"
                + " ORDER BY i, side";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (long first = from; first < to; first += BATCH_ROWS / 2) {
                statement.setInt(1, accounts);
                statement.setLong(2, first);
                statement.setLong(3, Math.min(to, first + BATCH_ROWS / 2) - 1);
                statement.executeUpdate();
            }
        }
    }

    /** Reads the balance of {@link #LOOKUPS} accounts picked at random (the same ones on every run). */
    private static void lookups(Connection connection, String relation, int accounts) throws SQLException {
        Random random = new Random(42);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT balance FROM bench." + relation + " WHERE account = ?")) {
            for (int i = 0; i < LOOKUPS; i++) {
                statement.setString(1, "a" + random.nextInt(accounts));
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no balance in " + relation);
                    }
                }
            }
        }
    }
}
