package dev.pgcraft.kinds.ledger;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.testing.TestPostgres;
import org.postgresql.util.PSQLException;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.fail;

/** A fresh database holding the test ledgers of {@code /ledger/pgcraft.xml}, and helpers to provoke refusals. */
final class LedgerDb {

    private LedgerDb() {
    }

    /** A new database with {@code resource} (a pgcraft.xml on the test classpath) built from scratch. */
    static ConnectionSettings create(String resource) {
        ConnectionSettings db = TestPostgres.freshDatabase();
        TestPostgres.execute(db, new FromScratch(message -> { }).script(path(resource), "pgcraft.xml", "V1"));
        return db;
    }

    static Path path(String resource) {
        try {
            return Path.of(LedgerDb.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code sql} in its own transaction and returns the server's error message; fails if it succeeds. */
    static String refused(ConnectionSettings db, String sql) {
        try (Connection connection = db.open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            return message(e);
        }
        return fail("expected an error from: " + sql);
    }

    /** The primary message the server sent (without "ERROR:", hint or context), or the driver's message. */
    static String message(SQLException e) {
        if (e instanceof PSQLException server && server.getServerErrorMessage() != null) {
            return server.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    /** The SQLSTATE of the error. */
    static String state(SQLException e) {
        return e.getSQLState();
    }
}
