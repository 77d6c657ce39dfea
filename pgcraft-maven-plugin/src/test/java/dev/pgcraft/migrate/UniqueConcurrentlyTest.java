package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated files of the golden case {@code unique-on-existing-table} on a real PostgreSQL 18: UNIQUE added to a
 * table with rows is built concurrently and attached under its contract name; a duplicate fails the
 * non-transactional part, which resumes once the duplicate is gone; running that part again changes nothing; the
 * undo file removes the constraints.
 */
class UniqueConcurrentlyTest extends FreshDatabaseTest {

    private static final Path CASE = Path.of("src/test/resources/generate/unique-on-existing-table/expected");
    private static final String CONSTRAINTS = "SELECT conname || ':' || contype::text || ':' || i.indisvalid"
            + " FROM pg_constraint c JOIN pg_index i ON i.indexrelid = c.conindid"
            + " WHERE conrelid = 'dim.products'::regclass AND contype = 'u' ORDER BY 1";

    @Test
    void aDuplicateStopsTheConcurrentBuildAndMigrateResumesOnceItIsGone() throws Exception {
        for (String file : List.of("V1__init.sql", "V2__update.sql", "U2__update.sql")) {
            Files.copy(CASE.resolve(file), dir.resolve(file));
        }
        new Migrator().migrate(new MigrateOptions(db, dir, null, MigrationVersion.parse("1")), listener);
        execute(db, "INSERT INTO dim.products (sku, title) VALUES ('A-1', 'one'), ('A-1', 'copy'), ('B-2', 'two')");

        PgcraftException failed = assertThrows(PgcraftException.class,
                () -> new Migrator().migrate(MigrateOptions.of(db, dir), listener));
        assertEquals("PGC-MIGRATE-NON-TRANSACTIONAL-FAILED", failed.problems().get(0).code());
        assertTrue(failed.getMessage().contains("could not create unique index \"uq__products__sku\""),
                failed.getMessage());
        assertEquals(List.of("uq__products__gtin:u:true"), query(db, CONSTRAINTS),
                "gtin was attached before sku failed");
        assertEquals(List.of("f"), query(db, "SELECT indisvalid FROM pg_index"
                + " WHERE indexrelid = 'dim.uq__products__sku'::regclass"), "the failed build left an invalid index");

        execute(db, "DELETE FROM dim.products WHERE title = 'copy'");
        new Migrator().migrate(MigrateOptions.of(db, dir), listener);
        assertEquals(List.of("uq__products__gtin:u:true", "uq__products__sku:u:true"), query(db, CONSTRAINTS));
        assertEquals(List.of("2"), query(db, "SELECT count(*) FROM pg_class WHERE relkind = 'i'"
                + " AND relname LIKE 'uq__products__%'"), "no leftover index beside the constraints' own");

        // Every statement of the non-transactional part is safe to run again after it succeeded.
        MigrationFile v2 = MigrationScanner.scan(dir).get(1);
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            for (SqlStatement sql : v2.nonTransactionalStatements()) {
                statement.execute(sql.sql());
            }
        }
        assertEquals(List.of("uq__products__gtin:u:true", "uq__products__sku:u:true"), query(db, CONSTRAINTS));

        new Undoer().undo(new UndoOptions(db, dir, null, null, null), listener);
        assertEquals(List.of(), query(db, CONSTRAINTS));
    }
}
