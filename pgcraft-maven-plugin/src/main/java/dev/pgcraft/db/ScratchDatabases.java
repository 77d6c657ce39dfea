package dev.pgcraft.db;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.sql.SqlText;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases made for one comparison and dropped after it, on a throwaway server: {@code verify} and proving at
 * {@code generate} build the model and the migrations in two of them.
 */
public final class ScratchDatabases {

    private ScratchDatabases() {
    }

    /** Creates {@code database} on the server {@code admin} connects to, and returns settings that connect to it. */
    public static ConnectionSettings create(ConnectionSettings admin, String database) throws SQLException {
        try (Connection connection = admin.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + SqlText.ident(database));
        }
        return admin.withDatabase(database);
    }

    /** Drops {@code database} if it exists, closing its sessions; best effort, never throws. */
    public static void dropQuietly(ConnectionSettings admin, String database) {
        try (Connection connection = admin.open(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SqlText.ident(database) + " WITH (FORCE)");
        } catch (SQLException | PgcraftException e) {
            // Best effort: the server is throwaway, and the real outcome is what the user needs to see.
        }
    }
}
