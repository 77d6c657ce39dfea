package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.GenerateResult;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.testing.DbTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static dev.pgcraft.testing.TestPostgres.execute;
import static dev.pgcraft.testing.TestPostgres.freshDatabase;
import static dev.pgcraft.testing.TestPostgres.query;
import static dev.pgcraft.testing.TestPostgres.queryOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database whose {@code standard_conforming_strings} is off, on a real PostgreSQL 18: generated files mean what
 * they say there too, and migrate refuses such a session before applying anything.
 */
@DbTest
class StandardStringsOffTest {

    // Quotes and backslashes that, in a '…' literal read with the setting off, would end the string early and run
    // the rest as SQL.
    private static final String COMMENT = "it's \\'; DROP TABLE public.victim; -- \\\\ '' \\";

    @TempDir
    Path project;

    @Test
    void generatedFilesKeepTheirMeaningAndMigrateRefusesTheSession() throws Exception {
        Path config = project.resolve("pgcraft.xml");
        Files.writeString(config, """
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim">
                    <simple name="notes" comment="%s">
                      <column name="body" type="text" comment="%s" default="'\\d+'"/>
                    </simple>
                  </schema>
                </pgcraft>
                """.formatted(xml(COMMENT), xml(COMMENT)));
        Path migrations = project.resolve("migrations");
        GenerateResult generated = new Generator(message -> { })
                .generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, false));

        ConnectionSettings db = freshDatabase();
        execute(db, "CREATE TABLE public.victim (id int)");
        execute(db, "ALTER DATABASE " + queryOne(db, "SELECT quote_ident(current_database())")
                + " SET standard_conforming_strings = off");
        assertEquals("off", queryOne(db, "SHOW standard_conforming_strings"));

        // As another tool would run it: each statement in one transaction, in the session as it is.
        List<SqlStatement> statements = SqlScript.split(Files.readString(generated.migration()));
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (SqlStatement each : statements) {
                statement.execute(each.sql());
            }
            connection.commit();
        }
        assertEquals(COMMENT, queryOne(db, "SELECT obj_description('dim.notes'::regclass, 'pg_class')"));
        assertEquals(COMMENT, queryOne(db, "SELECT col_description('dim.notes'::regclass, 2)"));
        execute(db, "INSERT INTO dim.notes DEFAULT VALUES");
        assertEquals("\\d+", queryOne(db, "SELECT body FROM dim.notes"));
        assertEquals("0", queryOne(db, "SELECT count(*) FROM public.victim"));

        ConnectionSettings other = freshDatabase();
        execute(other, "ALTER DATABASE " + queryOne(other, "SELECT quote_ident(current_database())")
                + " SET standard_conforming_strings = off");
        PgcraftException refused = assertThrows(PgcraftException.class,
                () -> new Migrator().migrate(MigrateOptions.of(other, migrations), MigrationListener.NONE));
        assertTrue(refused.getMessage().startsWith("The session has standard_conforming_strings = off (set for the "
                + "server, the database or the role), under which a backslash in a '…' string escapes the quote "
                + "after it: the migrations, starting with V1__init.sql, would not mean what they say. Nothing was "
                + "applied. [PGC-MIGRATE-STANDARD-STRINGS-OFF]"), refused.getMessage());
        assertEquals(List.of(), query(other, "SELECT relname FROM pg_class WHERE relname = 'notes'"));

        ConnectionSettings on = new ConnectionSettings(other.url() + "?options=-c%20standard_conforming_strings=on",
                other.user(), other.password());
        new Migrator().migrate(MigrateOptions.of(on, migrations), MigrationListener.NONE);
        assertEquals(COMMENT, queryOne(other, "SELECT obj_description('dim.notes'::regclass, 'pg_class')"));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
