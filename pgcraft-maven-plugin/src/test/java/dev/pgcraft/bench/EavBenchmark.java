package dev.pgcraft.bench;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.testing.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * The {@code <eav>} dimension at 100,000 entities x 10 versions of each of 5 attributes (5 million attribute rows,
 * 500,000 of them current), on an embedded PostgreSQL 18:
 * <ul>
 * <li>reading the current state through the view (one entity by key, and every entity) against a plain table that
 *     holds only the current rows, against pgcraft's query shape (a {@code row_number()} over the whole log, then a
 *     pivot), and against the other O(current) shape (a correlated lookup per attribute through the index on current
 *     rows, which the view used before this benchmark showed the {@code GROUP BY} pivot faster);</li>
 * <li>inserts and updates through the view against the same writes to the plain table.</li>
 * </ul>
 * Run: {@code ./mvnw -q install -DskipTests -Dinvoker.skip && ./mvnw -q -pl pgcraft-maven-plugin exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.pgcraft.bench.EavBenchmark}. Not a test: timings depend on the
 * machine; the ratios are what to read.
 */
public final class EavBenchmark {

    private static final int ENTITIES = 100_000;
    private static final int VERSIONS = 10;
    private static final int LOOKUPS = 2_000;
    private static final int WRITES = 1_000;

    private static final String MODEL = """
            <pgcraft xmlns="urn:pgcraft:1">
              <schema name="bench">
                <eav name="items">
                  <column name="name" type="text"/>
                  <column name="size" type="integer"/>
                  <column name="price" type="numeric(10,2)"/>
                  <column name="active" type="boolean"/>
                  <column name="seen" type="timestamptz"/>
                </eav>
              </schema>
            </pgcraft>
            """;

    /** pgcraft's shape: rank every attribute row ever written, keep the latest, pivot. */
    private static final String RANKED_PIVOT = """
            SELECT entity_id AS id,
                   max(value_text) FILTER (WHERE attribute_name = 'name') AS name,
                   max(value_integer) FILTER (WHERE attribute_name = 'size') AS size,
                   max(value_numeric_10_2) FILTER (WHERE attribute_name = 'price') AS price,
                   bool_or(value_boolean) FILTER (WHERE attribute_name = 'active') AS active,
                   max(value_timestamptz) FILTER (WHERE attribute_name = 'seen') AS seen
            FROM (SELECT a.*, row_number() OVER (PARTITION BY entity_id, attribute_name ORDER BY id DESC) AS rn
                  FROM bench.items_attribute a) ranked
            WHERE rn = 1
            GROUP BY entity_id""";

    /** The other O(current) shape: per attribute, a correlated lookup through the index on current rows. */
    private static final String CORRELATED = """
            SELECT e.id,
                   (SELECT value_text FROM bench.items_attribute a WHERE a.entity_id = e.id
                       AND a.attribute_name = 'name' AND a.superseded_at IS NULL) AS name,
                   (SELECT value_integer FROM bench.items_attribute a WHERE a.entity_id = e.id
                       AND a.attribute_name = 'size' AND a.superseded_at IS NULL) AS size,
                   (SELECT value_numeric_10_2 FROM bench.items_attribute a WHERE a.entity_id = e.id
                       AND a.attribute_name = 'price' AND a.superseded_at IS NULL) AS price,
                   (SELECT value_boolean FROM bench.items_attribute a WHERE a.entity_id = e.id
                       AND a.attribute_name = 'active' AND a.superseded_at IS NULL) AS active,
                   (SELECT value_timestamptz FROM bench.items_attribute a WHERE a.entity_id = e.id
                       AND a.attribute_name = 'seen' AND a.superseded_at IS NULL) AS seen
            FROM bench.items_entity e""";

    private EavBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        Path config = Files.createTempFile("pgcraft-eav-bench", ".xml");
        Files.writeString(config, MODEL, StandardCharsets.UTF_8);
        TestPostgres.execute(db, new FromScratch(message -> { }).script(config, "pgcraft.xml", "benchmark"));
        Files.delete(config);
        System.out.println("loading " + ENTITIES + " entities x " + VERSIONS + " versions of 5 attributes ...");
        load(db);

        Measurement measurement = new Measurement(3);
        try (Connection connection = db.open()) {
            Random random = new Random(42);
            measurement.compare("pk lookup x" + LOOKUPS + ": eav view",
                    () -> lookups(connection, "SELECT * FROM bench.items WHERE id = ?", random),
                    "plain table", () -> lookups(connection, "SELECT * FROM bench.items_plain WHERE id = ?", random));
            measurement.compare("pk lookup x" + LOOKUPS + ": row_number() pivot (pgcraft)",
                    () -> lookups(connection, "SELECT * FROM (" + RANKED_PIVOT + ") p WHERE id = ?", random),
                    "eav view", () -> lookups(connection, "SELECT * FROM bench.items WHERE id = ?", random));
            measurement.compare("pk lookup x" + LOOKUPS + ": correlated lookups of current rows",
                    () -> lookups(connection, "SELECT * FROM (" + CORRELATED + ") p WHERE id = ?", random),
                    "eav view", () -> lookups(connection, "SELECT * FROM bench.items WHERE id = ?", random));

            measurement.compare("full scan: eav view", () -> scan(connection, "bench.items"),
                    "plain table", () -> scan(connection, "bench.items_plain"));
            measurement.compare("full scan: row_number() pivot (pgcraft)",
                    () -> scan(connection, "(" + RANKED_PIVOT + ")"), "eav view", () -> scan(connection, "bench.items"));
            measurement.compare("full scan: correlated lookups of current rows",
                    () -> scan(connection, "(" + CORRELATED + ")"), "eav view",
                    () -> scan(connection, "bench.items"));

            measurement.compare("insert x" + WRITES + ": eav view", () -> inserts(connection, "bench.items"),
                    "plain table", () -> inserts(connection, "bench.items_plain"));
            measurement.compare("update 1 attribute x" + WRITES + ": eav view",
                    () -> updates(connection, "bench.items", random),
                    "plain table", () -> updates(connection, "bench.items_plain", random));
        }
        measurement.report().forEach(System.out::println);
        System.out.println("attribute rows: " + TestPostgres.queryOne(db, "SELECT count(*) FROM bench.items_attribute")
                + ", current: " + TestPostgres.queryOne(db,
                "SELECT count(*) FROM bench.items_attribute WHERE superseded_at IS NULL"));
        System.exit(0);
    }

    /**
     * Bulk history written straight into the tables, version after version as time would have written it, with the
     * protection triggers off for this session ({@code session_replication_role}); then the plain table of the
     * same current values.
     */
    private static void load(ConnectionSettings db) {
        TestPostgres.execute(db, """
                SET session_replication_role = replica;
                INSERT INTO bench.items_entity (id, created_at)
                    SELECT e, timestamptz '2025-01-01' FROM generate_series(1, %1$d) e;
                SELECT setval(pg_get_serial_sequence('bench.items_entity', 'id'), %1$d);
                INSERT INTO bench.items_attribute (entity_id, attribute_name, created_at, superseded_at, value_text,
                                                   value_integer, value_numeric_10_2, value_boolean, value_timestamptz)
                    SELECT e, attr, timestamptz '2025-01-01' + v * interval '1 day',
                           CASE WHEN v < %2$d THEN timestamptz '2025-01-01' + (v + 1) * interval '1 day' END,
                           CASE attr WHEN 'name' THEN 'item ' || e || ' v' || v END,
                           CASE attr WHEN 'size' THEN e %% 100 + v END,
                           CASE attr WHEN 'price' THEN (e %% 1000) / 10.0 + v END,
                           CASE attr WHEN 'active' THEN (e + v) %% 2 = 0 END,
                           CASE attr WHEN 'seen' THEN timestamptz '2025-01-01' + v * interval '1 day' END
                    FROM generate_series(1, %2$d) v, generate_series(1, %1$d) e,
                         unnest(ARRAY['name', 'size', 'price', 'active', 'seen']) attr
                    ORDER BY v, e;
                CREATE TABLE bench.items_plain (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text,
                    size integer, price numeric(10,2), active boolean, seen timestamptz);
                INSERT INTO bench.items_plain SELECT id, name, size, price, active, seen FROM bench.items;
                SELECT setval(pg_get_serial_sequence('bench.items_plain', 'id'), %1$d);
                """.formatted(ENTITIES, VERSIONS));
        // VACUUM refuses to run inside the implicit transaction of a multi-statement string.
        for (String table : new String[] {"items_entity", "items_attribute", "items_plain"}) {
            TestPostgres.execute(db, "VACUUM ANALYZE bench." + table);
        }
    }

    private static void lookups(Connection connection, String sql, Random random) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < LOOKUPS; i++) {
                statement.setLong(1, 1 + random.nextInt(ENTITIES));
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("no row for a key that exists: " + sql);
                    }
                }
            }
        }
    }

    /** Reads every row with every column evaluated (a row IS NOT NULL test needs them all). */
    private static void scan(Connection connection, String relation) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + relation
                     + " r WHERE (r.name, r.size, r.price, r.active, r.seen) IS NOT NULL")) {
            result.next();
        }
    }

    private static void inserts(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table
                + " (name, size, price, active, seen) VALUES (?, ?, ?, true, now())")) {
            for (int i = 0; i < WRITES; i++) {
                statement.setString(1, "new " + i);
                statement.setInt(2, i);
                statement.setBigDecimal(3, java.math.BigDecimal.valueOf(i, 2));
                statement.executeUpdate();
            }
        }
    }

    private static void updates(Connection connection, String table, Random random) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table
                + " SET size = size + 1 WHERE id = ?")) {
            for (int i = 0; i < WRITES; i++) {
                statement.setLong(1, 1 + random.nextInt(ENTITIES));
                statement.executeUpdate();
            }
        }
    }
}
