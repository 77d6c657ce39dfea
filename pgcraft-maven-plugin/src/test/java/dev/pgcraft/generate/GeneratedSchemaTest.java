package dev.pgcraft.generate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrateResult;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generated SQL on a real PostgreSQL 18: it applies, builds the catalog the model says, and behaves. */
@DbTest
class GeneratedSchemaTest {

    @TempDir
    Path temp;

    private ConnectionSettings generateAndMigrate(String goldenCase) throws IOException {
        Path project = Files.createTempDirectory(temp, goldenCase);
        GoldenCases.generateAll(GoldenCases.root().resolve(goldenCase), project, true, TestPostgres.views());
        ConnectionSettings db = TestPostgres.freshDatabase();
        MigrateResult result = new Migrator().migrate(
                MigrateOptions.of(db, GoldenCases.migrations(project)), MigrationListener.NONE);
        assertEquals(GoldenCases.steps(GoldenCases.root().resolve(goldenCase)).size(), result.applied().size());
        return db;
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseAppliesStepByStep() {
        return GoldenCases.cases().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> generateAndMigrate(folder.getFileName().toString())));
    }

    @Test
    void shopTablesColumnsAndConstraintsAreWhatTheModelSays() throws IOException {
        ConnectionSettings db = generateAndMigrate("shop");
        assertEquals(List.of(
                "id|bigint|t|d", "sku|text|t|", "title|character varying(200)|t|", "category_id|bigint|f|",
                "price|numeric(10,2)|t|", "tags|text[]|f|"),
                query(db, "SELECT attname, format_type(atttypid, atttypmod), attnotnull, attidentity"
                        + " FROM pg_attribute WHERE attrelid = 'dim.products'::regclass AND attnum > 0"
                        + " AND NOT attisdropped ORDER BY attnum"));
        assertEquals(List.of(
                "ck__products__price_positive|CHECK ((price >= (0)::numeric))",
                "fk__products__category_id__categories|FOREIGN KEY (category_id) REFERENCES dim.categories(id)"
                        + " ON DELETE RESTRICT",
                "pk__products__id|PRIMARY KEY (id)",
                "uq__products__sku|UNIQUE (sku)"),
                query(db, "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'dim.products'::regclass AND contype <> 'n' ORDER BY conname"));
        // PostgreSQL 18 also records each NOT NULL as a constraint named t_col_not_null.
        assertEquals("4", queryOne(db, "SELECT count(*) FROM pg_constraint"
                + " WHERE conrelid = 'dim.products'::regclass AND contype = 'n'"));
        assertEquals(List.of(
                "CREATE INDEX ix__products__category_id ON dim.products USING btree (category_id)"
                        + " WHERE (category_id IS NOT NULL)",
                "CREATE INDEX ix__products__title ON dim.products USING btree (title)",
                "CREATE UNIQUE INDEX ux__products__expr_8e3efa25 ON dim.products USING btree (lower(sku))"),
                query(db, "SELECT pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE indrelid = 'dim.products'::regclass AND NOT indisprimary"
                        + " AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = indexrelid)"
                        + " ORDER BY c.relname"));
        assertEquals("Things we sell", queryOne(db, "SELECT obj_description('dim.products'::regclass)"));
        assertEquals("Stock keeping unit, e.g. 'AB-1'",
                queryOne(db, "SELECT col_description('dim.products'::regclass, 2)"));
    }

    @Test
    void shopConstraintsBehave() throws IOException {
        ConnectionSettings db = generateAndMigrate("shop");
        execute(db, "INSERT INTO dim.categories (name) VALUES ('tools')");
        String category = queryOne(db, "SELECT id FROM dim.categories");
        execute(db, "INSERT INTO dim.products (sku, title, category_id, price) VALUES ('AB-1', 'Hammer', "
                + category + ", 9.5)");
        String product = queryOne(db, "SELECT id FROM dim.products");
        assertEquals("1", product, "identity keys start at 1");

        assertRefused(db, "INSERT INTO dim.products (sku, title) VALUES ('ab-1', 'Dup')", "ux__products__expr_8e3efa25");
        assertRefused(db, "INSERT INTO dim.products (sku, title, price) VALUES ('X', 'Neg', -1)",
                "ck__products__price_positive");
        assertRefused(db, "INSERT INTO dim.products (sku, title, category_id) VALUES ('Y', 'Orphan', 999)",
                "fk__products__category_id__categories");

        execute(db, "INSERT INTO ops.orders (product_id) VALUES (" + product + ")");
        assertTrue(queryOne(db, "SELECT id FROM ops.orders").matches("[0-9a-f-]{36}"), "uuidv4 key");
        assertEquals("1", queryOne(db, "SELECT quantity FROM ops.orders"));
        assertRefused(db, "DELETE FROM dim.categories", "fk__products__category_id__categories");
        execute(db, "DELETE FROM dim.products");
        assertEquals("0", queryOne(db, "SELECT count(*) FROM ops.orders"), "orders cascade with their product");
    }

    @Test
    void everyPrimaryKeyFlavourGeneratesKeys() throws IOException {
        ConnectionSettings db = generateAndMigrate("pk-types");
        for (String table : List.of("by_default", "by_identity", "by_serial", "by_uuidv4")) {
            execute(db, "INSERT INTO keys." + table + " (label) VALUES ('a'), ('b')");
            assertEquals("2", queryOne(db, "SELECT count(DISTINCT id) FROM keys." + table));
        }
        assertEquals("7", queryOne(db, "SELECT DISTINCT uuid_extract_version(id) FROM keys.by_default"),
                "uuidv7 keys");
        assertEquals("integer", queryOne(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'keys.by_serial'::regclass AND attname = 'id'"));
    }

    @Test
    void evolvedColumnsKeepTheirRows() throws IOException {
        Path project = Files.createTempDirectory(temp, "evolve");
        Path folder = GoldenCases.root().resolve("evolve-columns");
        ConnectionSettings db = TestPostgres.freshDatabase();
        Path config = project.resolve(GoldenCases.CONFIG_NAME);
        Files.createDirectories(config.getParent());
        Files.copy(GoldenCases.steps(folder).get(0), config);
        new Generator(m -> { }).generate(new GenerateOptions(config, GoldenCases.CONFIG_NAME,
                GoldenCases.migrations(project), null, false));
        new Migrator().migrate(MigrateOptions.of(db, GoldenCases.migrations(project)), MigrationListener.NONE);
        execute(db, "INSERT INTO app.accounts (email, nickname, score) VALUES ('a@x', 'ann', 5)");

        Files.copy(GoldenCases.steps(folder).get(1), config, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        new Generator(m -> { }).generate(new GenerateOptions(config, GoldenCases.CONFIG_NAME,
                GoldenCases.migrations(project), null, true));
        new Migrator().migrate(MigrateOptions.of(db, GoldenCases.migrations(project)), MigrationListener.NONE);
        assertEquals("a@x|ann|5|t", queryOne(db, "SELECT email, nickname, score, created_at IS NOT NULL"
                + " FROM app.accounts"));
        assertEquals("bigint", queryOne(db, "SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = 'app.accounts'::regclass AND attname = 'score'"));
    }

    private static void assertRefused(ConnectionSettings db, String sql, String constraint) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> execute(db, sql));
        assertTrue(e.getMessage().contains(constraint), e.getMessage());
    }
}
