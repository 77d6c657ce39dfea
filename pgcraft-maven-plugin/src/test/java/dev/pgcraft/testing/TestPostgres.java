package dev.pgcraft.testing;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.embedded.EmbeddedOptions;
import dev.pgcraft.embedded.EmbeddedPostgresServer;

import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.prove.ServerViewProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL servers for tests. {@link #freshDatabase()} gives each test its own new database on one
 * PostgreSQL 18 shared by the whole test JVM (started on first use, stopped by a shutdown hook);
 * {@link #pg17()} starts a PostgreSQL 17 from the jar named by system property {@code pgcraft.test.pg17Jar}
 * (set by the module's surefire configuration) for tests of version gates.
 */
public final class TestPostgres {

    /**
     * System property set by the {@code no-db} Maven profile: no test may start PostgreSQL in that run, so one that
     * lacks {@link DbTest} fails here with a message instead of quietly needing a database.
     */
    public static final String NO_DB_PROPERTY = "pgcraft.test.noDb";

    /** System property naming the PostgreSQL 17 binaries jar. */
    public static final String PG17_JAR_PROPERTY = "pgcraft.test.pg17Jar";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    // Holder idiom: the server starts when a test first asks, once, thread-safely.
    private static final class Pg18 {
        static final EmbeddedPostgresServer SERVER = startAndStopAtExit(EmbeddedOptions.defaults());
    }

    private static final class Pg17 {
        static final EmbeddedPostgresServer SERVER = startAndStopAtExit(new EmbeddedOptions(pg17Jar(), null, 0));
    }

    /** The shared PostgreSQL 18 (database {@code postgres}); prefer {@link #freshDatabase()} in tests. */
    public static EmbeddedPostgresServer pg18() {
        return Pg18.SERVER;
    }

    /** A shared PostgreSQL 17, started from {@code pgcraft.test.pg17Jar}. */
    public static EmbeddedPostgresServer pg17() {
        return Pg17.SERVER;
    }

    /**
     * A fresh database with {@code model} (the text of a pgcraft.xml, written into {@code folder}) applied from
     * scratch, as the migrating superuser.
     */
    public static ConnectionSettings databaseWith(Path folder, String model) {
        try {
            Path config = folder.resolve("pgcraft.xml");
            Files.writeString(config, model, StandardCharsets.UTF_8);
            ConnectionSettings db = freshDatabase();
            execute(db, new FromScratch(message -> { }).script(config, "pgcraft.xml", "from scratch", views()));
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What generate asks about the model's own views, on the shared PostgreSQL 18. */
    public static ViewProbe views() {
        return new ServerViewProbe(() -> pg18().connectionSettings(), message -> { });
    }

    /** A new, empty database on the shared PostgreSQL 18. */
    public static ConnectionSettings freshDatabase() {
        return freshDatabase(pg18());
    }

    /**
     * A new, empty database on {@code server}. Copied file by file from {@code template1} ({@code STRATEGY
     * FILE_COPY}, PostgreSQL 15+) instead of PostgreSQL's default of writing every page of it through the WAL: the
     * test servers run without fsync, so the two checkpoints that strategy costs are cheap, and a database is made
     * in about half the time (measured 0.55 s against 0.28 s each on a loaded 2-core machine). The build makes
     * hundreds of them. The database is the same either way.
     */
    public static ConnectionSettings freshDatabase(EmbeddedPostgresServer server) {
        String name = "test_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        ConnectionSettings admin = server.connectionSettings();
        try (Connection connection = admin.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\" STRATEGY FILE_COPY");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return admin.withDatabase(name);
    }

    /** Each row of {@code sql} as its columns joined by {@code |} (SQL NULL as {@code null}). */
    public static List<String> query(ConnectionSettings settings, String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = settings.open();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c > 1 ? "|" : "").append(result.getString(c));
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** Runs {@code sql} (one or more statements, no results) on its own connection. */
    public static void execute(ConnectionSettings settings, String sql) {
        try (Connection connection = settings.open(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The single value {@code sql} returns. */
    public static String queryOne(ConnectionSettings settings, String sql) {
        List<String> rows = query(settings, sql);
        if (rows.size() != 1) {
            throw new IllegalStateException(sql + " returned " + rows.size() + " rows: " + rows);
        }
        return rows.get(0);
    }

    private static Path pg17Jar() {
        String value = System.getProperty(PG17_JAR_PROPERTY);
        if (value == null || !Files.isRegularFile(Path.of(value))) {
            throw new IllegalStateException("System property " + PG17_JAR_PROPERTY + " must name the PostgreSQL 17"
                    + " binaries jar (was " + value + "); run the tests through Maven, which copies it to"
                    + " target/pg-binaries/pg17.jar in generate-test-resources");
        }
        return Path.of(value);
    }

    /** Fails when this run excludes database tests: the caller is a test that should carry {@link DbTest}. */
    public static void requireDatabases() {
        if (Boolean.getBoolean(NO_DB_PROPERTY)) {
            throw new IllegalStateException("a test asked for PostgreSQL in a run without database tests (-Pno-db,"
                    + " " + NO_DB_PROPERTY + "=true): annotate it with @" + DbTest.class.getSimpleName() + " ("
                    + DbTest.class.getName() + ")");
        }
    }

    private static EmbeddedPostgresServer startAndStopAtExit(EmbeddedOptions options) {
        requireDatabases();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-postgres"));
        return server;
    }
}
