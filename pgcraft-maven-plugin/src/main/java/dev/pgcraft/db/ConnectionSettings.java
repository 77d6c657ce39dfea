package dev.pgcraft.db;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where and as whom to connect. The password never appears in {@link #toString()} or in any message: a
 * build log is read by more people than the database.
 *
 * @param url      a {@code jdbc:postgresql:} URL
 * @param user     the role to connect as, or {@code null} to let the driver decide (URL or OS user)
 * @param password the password, or {@code null} for trust/peer authentication or a password in the URL
 */
public record ConnectionSettings(String url, String user, String password) {

    /** The name the server shows in {@code pg_stat_activity}, so a DBA can see who holds the lock. */
    public static final String APPLICATION_NAME = "pgcraft";

    // A password may also travel in the URL (?password=...), so redact it there too.
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&]password=)[^&]*");

    public ConnectionSettings {
        Objects.requireNonNull(url, "url");
    }

    /** The URL with any {@code password=} parameter replaced by {@code ***}: safe to print. */
    public String safeUrl() {
        return URL_PASSWORD.matcher(url).replaceAll("$1***");
    }

    /** The same server and credentials, another database (used by tests and the embedded server). */
    public ConnectionSettings withDatabase(String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalStateException("cannot replace the database in " + safeUrl());
        }
        int query = url.indexOf('?', slash);
        String rest = query < 0 ? "" : url.substring(query);
        return new ConnectionSettings(url.substring(0, slash + 1) + database + rest, user, password);
    }

    /**
     * Opens a new connection (autocommit on, as JDBC starts). Failing to reach the server or to log in is a
     * {@link PgcraftException} saying what to check, never a bare driver stack trace.
     */
    public Connection open() {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new PgcraftException(Problem.of("PGC-DB-URL",
                    "Not a PostgreSQL JDBC URL: " + safeUrl(),
                    "Use a URL like jdbc:postgresql://localhost:5432/mydb (property pgcraft.url)"));
        }
        ensureDriverRegistered();
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of(codeFor(e.getSQLState()),
                    "Cannot connect to PostgreSQL at " + safeUrl() + (user == null ? "" : " as " + user) + ": "
                            + ServerError.of(e).describe(),
                    whatToCheck(e.getSQLState())), e);
        }
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + safeUrl() + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + "]";
    }

    /*
     * Inside Maven the driver lives in the plugin's class realm, which DriverManager's ServiceLoader scan
     * (done once, with the system class loader) cannot see. Touching the Driver class registers it.
     */
    private static void ensureDriverRegistered() {
        if (!org.postgresql.Driver.isRegistered()) {
            try {
                org.postgresql.Driver.register();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot register the PostgreSQL JDBC driver", e);
            }
        }
    }

    private static String codeFor(String sqlState) {
        if (sqlState != null && sqlState.startsWith("28")) {
            return "PGC-DB-AUTHENTICATION";
        }
        if ("3D000".equals(sqlState)) {
            return "PGC-DB-NO-DATABASE";
        }
        return "PGC-DB-UNREACHABLE";
    }

    private static String whatToCheck(String sqlState) {
        if (sqlState != null && sqlState.startsWith("28")) {
            return "Check pgcraft.user and pgcraft.password (or the <server> named by pgcraft.serverId in "
                    + "settings.xml), and that pg_hba.conf allows this host and role.";
        }
        if ("3D000".equals(sqlState)) {
            return "Create the database (CREATE DATABASE ...) or correct the database name in pgcraft.url.";
        }
        return "Check that PostgreSQL is running and that host, port and database in pgcraft.url are right "
                + "(for a throwaway local server, run pgcraft:start first).";
    }
}
