package dev.pgcraft.db;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionSettingsTest {

    @Test
    void toStringAndMessagesNeverShowThePassword() {
        ConnectionSettings settings = new ConnectionSettings(
                "jdbc:postgresql://db:5432/app?ssl=true&password=hunter2", "bob", "s3cret");
        assertEquals("ConnectionSettings[url=jdbc:postgresql://db:5432/app?ssl=true&password=***, user=bob,"
                + " password=***]", settings.toString());
        assertFalse(settings.toString().contains("s3cret"));
    }

    @Test
    void unreachableServerSaysWhatToCheck() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort(); // closed again: nothing listens there
        }
        String url = "jdbc:postgresql://localhost:" + freePort + "/app";
        ConnectionSettings settings = new ConnectionSettings(url, "bob", "s3cret");

        PgcraftException e = assertThrows(PgcraftException.class, settings::open);

        Problem problem = e.problems().get(0);
        assertEquals("PGC-DB-UNREACHABLE", problem.code());
        assertEquals("Cannot connect to PostgreSQL at " + url + " as bob: Connection to localhost:" + freePort
                + " refused. Check that the hostname and port are correct and that the postmaster is accepting"
                + " TCP/IP connections. (SQLSTATE 08001)", problem.message());
        assertTrue(problem.fix().startsWith("Check that PostgreSQL is running"), problem.fix());
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @DbTest
    @Test
    void missingDatabaseIsNamed() {
        ConnectionSettings settings = TestPostgres.pg18().connectionSettings().withDatabase("no_such_db");

        PgcraftException e = assertThrows(PgcraftException.class, settings::open);

        assertEquals("PGC-DB-NO-DATABASE", e.problems().get(0).code());
        assertTrue(e.getMessage().contains("database \"no_such_db\" does not exist (SQLSTATE 3D000)"), e.getMessage());
    }

    @Test
    void nonPostgresUrlIsRejected() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> new ConnectionSettings("jdbc:mysql://x/y", null, null).open());
        assertEquals("PGC-DB-URL", e.problems().get(0).code());
    }

    @DbTest
    @Test
    void connectionsNameThemselvesPgcraft() throws Exception {
        try (Connection connection = TestPostgres.pg18().connectionSettings().open();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW application_name")) {
            result.next();
            assertEquals("pgcraft", result.getString(1));
        }
    }
}
