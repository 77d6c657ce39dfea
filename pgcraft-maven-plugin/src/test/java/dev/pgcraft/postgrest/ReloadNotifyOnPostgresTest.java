package dev.pgcraft.postgrest;

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
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgREST's schema cache reload: a migrate run that applied migrations changing the api schema ends with exactly
 * one {@code NOTIFY pgrst, 'reload schema'} (counted by a {@code LISTEN} session), however many such files it
 * applied; a run that applied nothing, or only changes outside the api schema, sends none. Undoing an api change
 * notifies too.
 */
@DbTest
class ReloadNotifyOnPostgresTest {

    private static final String HEAD = """
            <pgcraft xmlns="urn:pgcraft:1" xmlns:rest="urn:pgcraft:postgrest:1">
              <extensions><rest:postgrest authenticator="note_authenticator" anonRole="note_anon"/></extensions>
              <schema name="dim">
                <simple name="items">
                  <column name="sku" type="text"/>
            """;

    @TempDir
    Path temp;

    @Test
    void oneNotifyPerRunThatChangedTheApi() throws Exception {
        Path config = temp.resolve("pgcraft.xml");
        Path migrations = temp.resolve("migrations");
        generate(config, migrations, HEAD + "<rest:api><rest:grant role=\"note_anon\" verbs=\"select\"/></rest:api>"
                + "</simple></schema></pgcraft>");
        generate(config, migrations, HEAD + "<column name=\"title\" type=\"text\"/>"
                + "<rest:api><rest:grant role=\"note_anon\" verbs=\"select\"/></rest:api></simple></schema></pgcraft>");
        assertTrue(Files.readString(migrations.resolve("V2__update.sql")).contains("-- pgcraft:notify pgrst reload"
                + " schema\n"));
        ConnectionSettings db = TestPostgres.freshDatabase();
        try (Connection listener = db.open()) {
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN pgrst");
            }
            migrate(db, migrations);
            assertEquals(List.of("reload schema"), received(listener), "V1 and V2 applied in one run");
            migrate(db, migrations);
            assertEquals(List.of(), received(listener), "nothing applied");
            new Undoer().undo(UndoOptions.latest(db, migrations), MigrationListener.NONE);
            assertEquals(List.of("reload schema"), received(listener), "U2 undoes an api change");
            migrate(db, migrations);
            assertEquals(List.of("reload schema"), received(listener), "V2 applied again");
            generate(config, migrations, HEAD + "<column name=\"title\" type=\"text\"/>"
                    + "<rest:api><rest:grant role=\"note_anon\" verbs=\"select\"/></rest:api></simple>"
                    + "<simple name=\"private\"><column name=\"x\" type=\"text\"/></simple></schema></pgcraft>");
            assertFalse(Files.readString(migrations.resolve("V3__update.sql")).contains("pgcraft:notify"));
            migrate(db, migrations);
            assertEquals(List.of(), received(listener), "V3 changes nothing of the api");
        }
    }

    private static void generate(Path config, Path migrations, String model) throws Exception {
        Files.writeString(config, model);
        new Generator(message -> { }).generate(new GenerateOptions(config, "pgcraft.xml", migrations, null, true));
    }

    private static void migrate(ConnectionSettings db, Path migrations) {
        new Migrator().migrate(MigrateOptions.of(db, migrations), MigrationListener.NONE);
    }

    /** The payloads that arrived, waiting a little for any in flight. */
    private static List<String> received(Connection listener) throws Exception {
        List<String> payloads = new ArrayList<>();
        PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(500);
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                payloads.add(notification.getParameter());
            }
        }
        return payloads;
    }
}
