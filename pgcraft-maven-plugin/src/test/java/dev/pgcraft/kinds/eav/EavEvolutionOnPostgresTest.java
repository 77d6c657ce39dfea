package dev.pgcraft.kinds.eav;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.migrate.UndoOptions;
import dev.pgcraft.migrate.Undoer;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden case {@code generate/eav-evolution} step by step on PostgreSQL 18, with data: values and history
 * written before each migration are still there after it (adding attributes of a new and of a used type, a unique
 * attribute, renaming attributes, dropping attributes, renaming the dimension), and writes through the view keep
 * working.
 */
@DbTest
class EavEvolutionOnPostgresTest {

    private static final String CONFIG = "src/main/pgcraft/pgcraft.xml";
    private static final MigrationListener QUIET = new MigrationListener() { };

    @TempDir
    Path project;

    private ConnectionSettings db;

    @Test
    void dataAndHistorySurviveEachStep() throws IOException {
        db = TestPostgres.freshDatabase();

        step(1);
        String id = queryOne(db, "INSERT INTO dim.features (color, size) VALUES ('blue', 3) RETURNING id");
        execute(db, "UPDATE dim.features SET color = 'red' WHERE id = " + id);
        execute(db, "INSERT INTO dim.orders (feature_id) VALUES (" + id + ")");
        assertEquals(3, historyOf("features", id).size());

        step(2); // weight numeric(10,2): a new value column; note text unique: a type already in use
        assertEquals("red|3|null|null", queryOne(db, "SELECT color, size, weight, note FROM dim.features"));
        execute(db, "UPDATE dim.features SET weight = 2.5, note = 'n1' WHERE id = " + id);
        assertEquals(5, historyOf("features", id).size());
        assertEquals("23505", sqlState("INSERT INTO dim.features (note) VALUES ('n1')"));

        step(3); // color renamed to colour, note (unique) to memo: their rows follow
        assertEquals("red|3|2.50|n1", queryOne(db, "SELECT colour, size, weight, memo FROM dim.features"));
        assertEquals(List.of("colour|blue|f", "size|3|t", "colour|red|t", "weight|2.50|t", "memo|n1|t"),
                historyOf("features", id), "the history is under the new names");
        assertEquals("23505", sqlState("INSERT INTO dim.features (memo) VALUES ('n1')"));
        execute(db, "INSERT INTO dim.features (memo) VALUES ('note')");

        step(4); // size dropped; it was the last integer attribute, so value_integer goes too
        assertEquals(List.of("red|2.50|n1", "null|null|note"),
                query(db, "SELECT colour, weight, memo FROM dim.features ORDER BY id"));
        assertEquals(List.of("colour|blue|f", "size|null|t", "colour|red|t", "weight|2.50|t", "memo|n1|t"),
                historyOf("features", id), "history rows stay; the dropped value column took the sizes with it");
        assertEquals("0", queryOne(db, "SELECT count(*) FROM pg_attribute WHERE attrelid = "
                + "'dim.features_attribute'::regclass AND attname = 'value_integer' AND NOT attisdropped"));

        step(5); // the dimension renamed to traits, weight to mass, in one migration
        assertEquals("red|2.50|n1", queryOne(db, "SELECT colour, mass, memo FROM dim.traits WHERE id = " + id));
        assertEquals(List.of("colour|blue|f", "size|null|t", "colour|red|t", "mass|2.50|t", "memo|n1|t"),
                historyOf("traits", id));
        new Undoer().undo(UndoOptions.latest(db, migrations()), QUIET); // U5 renames it all back, rows included
        assertEquals("red|2.50|n1", queryOne(db, "SELECT colour, weight, memo FROM dim.features WHERE id = " + id));
        assertEquals("weight|2.50|t", historyOf("features", id).get(3));
        new Migrator().migrate(new MigrateOptions(db, migrations(), null, null), QUIET);
        execute(db, "UPDATE dim.traits SET colour = 'green', mass = 3 WHERE id = " + id);
        assertEquals("green|3.00", queryOne(db, "SELECT colour, mass FROM dim.traits WHERE id = " + id));
        assertEquals(id, queryOne(db, "SELECT feature_id FROM dim.orders"));
        assertEquals("42501", sqlState("DELETE FROM dim.traits_attribute"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> execute(db, "DELETE FROM dim.traits_entity"));
        assertTrue(refused.getMessage().contains("DELETE on dim.traits_entity is not allowed: write through the view "
                + "dim.traits"), refused.getMessage());
        assertEquals("23503", sqlState("DELETE FROM dim.traits WHERE id = " + id), "dim.orders still references it");
        execute(db, "DELETE FROM dim.orders");
        execute(db, "DELETE FROM dim.traits");
        assertEquals(List.of(), query(db, "SELECT * FROM dim.traits"));
        assertEquals(7, historyOf("traits", id).size());
    }

    private void step(int number) throws IOException {
        Path config = project.resolve(CONFIG);
        Files.createDirectories(config.getParent());
        try (InputStream step = getClass().getResourceAsStream("/generate/eav-evolution/steps/" + number + ".xml")) {
            Files.copy(step, config, StandardCopyOption.REPLACE_EXISTING);
        }
        new Generator(message -> { }).generate(new GenerateOptions(config, CONFIG, migrations(), null, true));
        new Migrator().migrate(new MigrateOptions(db, migrations(), null, null), QUIET);
    }

    private Path migrations() {
        return project.resolve("src/main/resources/db/migration");
    }

    /** The entity's attribute rows in order: name, value, whether current. */
    private List<String> historyOf(String view, String id) {
        return query(db, "SELECT attribute_name, value, valid_to IS NULL FROM dim." + view + "_history "
                + "WHERE entity_id = " + id + " ORDER BY id");
    }

    private String sqlState(String sql) {
        try (var connection = db.open(); var statement = connection.createStatement()) {
            statement.execute(sql);
            return "no error";
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }
}
