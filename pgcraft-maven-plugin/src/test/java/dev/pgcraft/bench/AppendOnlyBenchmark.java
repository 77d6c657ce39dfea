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
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An append-only dimension of 100,000 entities with 10 versions each, against a plain table holding only the
 * current rows (the floor) and against pgcraft's pointer-join shape ({@code T_root JOIN T_attributes ON a.id =
 * r.T_attributes_id}, what a root without a copy of the current values would have to read): primary-key lookups,
 * full scans, and inserts and updates through the view against plain table writes. Prints one line per case with
 * its ratio to the baseline.
 */
public final class AppendOnlyBenchmark {

    static final int ENTITIES = 100_000;
    static final int VERSIONS = 10;
    static final int LOOKUPS = 2_000;
    static final int WRITES = 2_000;
    static final int RUNS = 5;

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="bench">
                <appendOnly name="items">
                  <column name="sku" type="text" nullable="false" unique="true"/>
                  <column name="title" type="text"/>
                  <column name="price" type="numeric(10,2)" nullable="false"/>
                </appendOnly>
              </schema>
            </pgcraft>
            """;

    private static final String POINTER_JOIN = "(SELECT r.id, r.created_at, a.created_at AS updated_at, a.sku,"
            + " a.title, a.price FROM bench.items_root r JOIN bench.items_attributes a"
            + " ON a.id = r.items_attributes_id)";

    private AppendOnlyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        TestPostgres.execute(db, schema());
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            load(statement);
            Measurement measurement = new Measurement(RUNS);
            Random random = new Random(42);
            long[] ids = new long[LOOKUPS];
            for (int i = 0; i < LOOKUPS; i++) {
                ids[i] = 1 + random.nextInt(ENTITIES);
            }
            // Warms the JVM and the server's caches for every relation, so the first case is not the slow one.
            for (String relation : new String[] {"bench.items", "bench.plain_items", POINTER_JOIN + " j"}) {
                lookups(connection, relation, ids);
                scan(statement, relation);
            }
            String lookups = LOOKUPS + " PK lookups";
            measurement.compare(lookups + ": view bench.items", () -> lookups(connection, "bench.items", ids),
                    "plain table", () -> lookups(connection, "bench.plain_items", ids));
            measurement.compare(lookups + ": pointer join", () -> lookups(connection, POINTER_JOIN + " j", ids),
                    "plain table", () -> lookups(connection, "bench.plain_items", ids));
            measurement.compare(lookups + ": history view (10 versions)",
                    () -> lookups(connection, "bench.items_history", ids),
                    "plain table", () -> lookups(connection, "bench.plain_items", ids));
            measurement.compare("full scan: view bench.items", () -> scan(statement, "bench.items"),
                    "plain table", () -> scan(statement, "bench.plain_items"));
            measurement.compare("full scan: pointer join", () -> scan(statement, POINTER_JOIN + " j"),
                    "plain table", () -> scan(statement, "bench.plain_items"));
            AtomicLong sku = new AtomicLong();
            measurement.compare(WRITES + " inserts through the view", () -> inserts(connection, "bench.items", sku),
                    "plain table", () -> inserts(connection, "bench.plain_items", sku));
            measurement.compare(WRITES + " updates through the view", () -> updates(connection, "bench.items", ids),
                    "plain table", () -> updates(connection, "bench.plain_items", ids));
            System.out.println("Append-only dimension, " + ENTITIES + " entities x " + VERSIONS + " versions,"
                    + " best of " + RUNS + " runs on PostgreSQL " + TestPostgres.pg18().serverVersion() + ":");
            measurement.report().forEach(System.out::println);
        }
        System.exit(0);
    }

    private static String schema() throws IOException {
        Path dir = Files.createTempDirectory("pgcraft-bench");
        Path config = dir.resolve("pgcraft.xml");
        Files.writeString(config, MODEL, StandardCharsets.UTF_8);
        return new FromScratch(message -> { }).script(config, "pgcraft.xml", "benchmark")
                + "\nCREATE TABLE bench.plain_items (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now(),"
                + " sku text NOT NULL UNIQUE, title text, price numeric(10,2) NOT NULL);";
    }

    /**
     * Versions written round by round (version 1 of every entity, then version 2 …), as time would spread them;
     * loaded in bulk with triggers off (session_replication_role), then the sequences moved past the ids used.
     */
    private static void load(Statement statement) throws SQLException {
        statement.execute("SET session_replication_role = replica");
        statement.execute("INSERT INTO bench.items_attributes (id, root_id, created_at, sku, title, price)"
                + " SELECT (v - 1) * " + ENTITIES + " + e, e, now() - make_interval(days => " + VERSIONS + " - v),"
                + " 'SKU-' || e, 'Item ' || e || ' v' || v, (e % 1000) + v"
                + " FROM generate_series(1, " + VERSIONS + ") v, generate_series(1, " + ENTITIES + ") e"
                + " ORDER BY v, e");
        statement.execute("INSERT INTO bench.items_root (id, created_at, updated_at, items_attributes_id, sku, title,"
                + " price) SELECT a.root_id, now() - make_interval(days => " + VERSIONS + "), a.created_at, a.id,"
                + " a.sku, a.title, a.price FROM bench.items_attributes a WHERE a.id > " + (VERSIONS - 1) * ENTITIES
                + " ORDER BY a.root_id");
        statement.execute("INSERT INTO bench.plain_items (id, created_at, updated_at, sku, title, price)"
                + " SELECT id, created_at, updated_at, sku, title, price FROM bench.items_root ORDER BY id");
        statement.execute("RESET session_replication_role");
        for (String table : new String[] {"bench.items_attributes", "bench.items_root", "bench.plain_items"}) {
            statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM "
                    + table + "))");
            statement.execute("VACUUM ANALYZE " + table);
        }
    }

    private static void lookups(Connection connection, String relation, long[] ids) throws SQLException {
        try (PreparedStatement lookup = connection.prepareStatement("SELECT * FROM " + relation + " WHERE id = ?")) {
            for (long id : ids) {
                lookup.setLong(1, id);
                try (ResultSet result = lookup.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no row " + id + " in " + relation);
                    }
                }
            }
        }
    }

    private static void scan(Statement statement, String relation) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT count(*), sum(price), max(sku), max(updated_at) FROM "
                + relation)) {
            result.next();
            if (result.getLong(1) < ENTITIES) {
                throw new IllegalStateException(relation + " has " + result.getLong(1) + " rows");
            }
        }
    }

    /** One statement per row in one transaction: the cost of the writes, not of commits. */
    private static void inserts(Connection connection, String relation, AtomicLong sku) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + relation
                + " (sku, title, price) VALUES (?, 'new', 1) RETURNING id")) {
            for (int i = 0; i < WRITES; i++) {
                insert.setString(1, "NEW-" + sku.incrementAndGet());
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void updates(Connection connection, String relation, long[] ids) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + relation
                + " SET price = price + 1 WHERE id = ?")) {
            for (int i = 0; i < WRITES; i++) {
                update.setLong(1, ids[i % ids.length]);
                update.executeUpdate();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
