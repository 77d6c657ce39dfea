package dev.pgcraft.appendonly;

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
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The golden case {@code append-only-evolve} (drop and add a column, rename one, change a type) applied step by
 * step to a database with rows in it: the current state and every version survive, and writes through the
 * recreated view and triggers go on working.
 */
@DbTest
class AppendOnlyEvolutionTest {

    @TempDir
    Path project;

    private final ConnectionSettings db = TestPostgres.freshDatabase();

    @Test
    void historyAndCurrentStateSurviveEachEvolutionStep() throws Exception {
        step(1);
        String a = queryOne(db, "INSERT INTO dim.prices (sku, title, amount, legacy) VALUES ('A', 'Apple', 1, 'x')"
                + " RETURNING id");
        execute(db, "UPDATE dim.prices SET amount = 2 WHERE id = " + a);
        String b = queryOne(db, "INSERT INTO dim.prices (sku, title, amount) VALUES ('B', 'Pear', 5) RETURNING id");
        execute(db, "DELETE FROM dim.prices WHERE id = " + b);
        execute(db, "INSERT INTO dim.quotes (price_id) VALUES (" + a + ")");

        step(2); // legacy dropped, currency added (NOT NULL, default 'EUR')
        assertEquals(List.of("1.00|EUR|f", "2.00|EUR|t"), history(a, "amount, currency"));
        assertEquals(List.of("5.00|EUR|f"), history(b, "amount, currency"));
        execute(db, "UPDATE dim.prices SET currency = 'USD' WHERE id = " + a);
        assertEquals("A|2.00|USD", queryOne(db, "SELECT sku, amount, currency FROM dim.prices WHERE id = " + a));

        step(3); // title renamed to label
        assertEquals(List.of("Apple|f", "Apple|f", "Apple|t"), history(a, "label"));
        execute(db, "UPDATE dim.prices SET label = 'Green apple' WHERE id = " + a);
        assertEquals("Green apple", queryOne(db, "SELECT label FROM dim.prices WHERE id = " + a));

        step(4); // amount from numeric(10,2) to numeric(14,4)
        assertEquals(List.of("1.0000|Apple", "2.0000|Apple", "2.0000|Apple", "2.0000|Green apple"),
                query(db, "SELECT amount, label FROM dim.prices_history WHERE id = " + a + " ORDER BY version_id"));
        execute(db, "UPDATE dim.prices SET amount = 2.1234 WHERE id = " + a);
        assertEquals("2.1234|USD|5", queryOne(db, "SELECT amount, currency, (SELECT count(*) FROM"
                + " dim.prices_history WHERE id = " + a + ") FROM dim.prices WHERE id = " + a));
        assertEquals(List.of("5.0000|t"), query(db, "SELECT amount, valid_to IS NOT NULL FROM dim.prices_history"
                + " WHERE id = " + b));
        assertEquals("1", queryOne(db, "SELECT count(*) FROM dim.quotes WHERE price_id = " + a));
    }

    /** Rows of an entity's history, oldest first, ending with whether the version is current. */
    private List<String> history(String id, String columns) {
        return query(db, "SELECT " + columns + ", valid_to IS NULL FROM dim.prices_history WHERE id = " + id
                + " ORDER BY version_id");
    }

    /** Generates the migration for step {@code n} of the golden case and applies it. */
    private void step(int n) throws IOException, URISyntaxException {
        Path config = project.resolve("pgcraft.xml");
        Path migrations = project.resolve("migrations");
        Path source = Path.of(AppendOnlyEvolutionTest.class.getResource("/generate/append-only-evolve/steps/" + n
                + ".xml").toURI());
        Files.copy(source, config, StandardCopyOption.REPLACE_EXISTING);
        new Generator(message -> { }).generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, true));
        new Migrator().migrate(MigrateOptions.of(db, migrations), MigrationListener.NONE);
    }
}
