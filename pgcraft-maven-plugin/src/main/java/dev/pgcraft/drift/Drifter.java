package dev.pgcraft.drift;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.AppliedMigrations;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Compares live databases with what their applied migrations make. For each one:
 * <ol>
 * <li>in a read-only transaction, read its history and line it up with the files (every applied file must be
 *     there as it was applied, or there is nothing definite to compare with);</li>
 * <li>replay those files on a new database of the comparison server ({@link Replays}, shared by databases at the
 *     same version), and note which schemas they own;</li>
 * <li>in a second read-only, repeatable-read transaction, read the history again (a migrate that ran meanwhile is
 *     reported, not compared against the wrong version) and the catalog of the schemas in scope;</li>
 * <li>compare the replay (expected) with the live database (actual), object by object.</li>
 * </ol>
 * Nothing is written to the live database and no lock is taken there: the reads are plain catalog queries in
 * read-only transactions, which block no one.
 *
 * <p>Thread-safe: many live databases may be compared at once; close it to drop the replayed databases.
 */
public final class Drifter implements AutoCloseable {

    private final Replays replays;
    private final int comparisonMajor;

    /**
     * @param comparisonServer a connection (any database) to a throwaway server, as a role that may create
     *                         databases and whatever roles the migrations create
     * @param debug            receives replay progress (logged at debug level)
     */
    public Drifter(ConnectionSettings comparisonServer, Consumer<String> debug) {
        this.replays = new Replays(comparisonServer, debug);
        this.comparisonMajor = serverMajor(comparisonServer);
    }

    /** Compares {@code live} with what its applied migrations make; drift is in the result, not an exception. */
    public DriftResult drift(DriftOptions options, ConnectionSettings live) {
        AppliedMigrations applied = readHistory(options, live);
        if (!applied.problems().isEmpty()) {
            throw new PgcraftException(applied.problems().stream().map(Drifter::forDrift).toList());
        }
        if (applied.replay().isEmpty()) {
            String table = HistoryTable.named(options.historyTable()).displayName();
            throw new PgcraftException(Problem.of("PGC-DRIFT-NOTHING-APPLIED",
                    live.safeUrl() + " has no migrations applied (per " + table
                            + "), so there is nothing to compare it with",
                    "Run pgcraft:migrate first, or point pgcraft.url (and pgcraft.historyTable) at the database"
                            + " and history table the migrations in " + options.migrationsDisplayName()
                            + " were applied to."));
        }
        Replays.Replay replay = replays.of(applied.replay(), options.historyTable());
        CatalogReader reader = new CatalogReader(Set.of(HistoryTable.named(options.historyTable()).displayName()));
        Catalog actual;
        Set<String> schemas;
        int liveMajor;
        try (Connection connection = live.open()) {
            beginReadOnly(connection);
            try {
                AppliedMigrations now = AppliedMigrations.read(connection, options.migrations(),
                        options.historyTable());
                if (!now.rows().equals(applied.rows())) {
                    throw new PgcraftException(Problem.of("PGC-DRIFT-HISTORY-CHANGED",
                            "the history of " + live.safeUrl() + " changed while drift was comparing it (a migrate,"
                                    + " undo or repair ran meanwhile)",
                            "Run pgcraft:drift again once that run has finished."));
                }
                schemas = scope(options.schemas(), replay, connection);
                actual = reader.read(connection, schemas);
                liveMajor = major(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw Replays.problem("reading", live, e);
        }
        Catalog expected;
        try (Connection connection = replay.database().open()) {
            expected = reader.read(connection, schemas);
        } catch (SQLException e) {
            throw Replays.problem("reading", replay.database(), e);
        }
        Set<String> keys = new HashSet<>(expected.objects().keySet());
        keys.addAll(actual.objects().keySet());
        return new DriftResult(live.safeUrl(), options.migrationsDisplayName(), applied.version(),
                applied.replay().size(), schemas, keys.size(), Catalog.compare(expected, actual), liveMajor,
                comparisonMajor);
    }

    /**
     * migrate's advice for an edited applied file is to revert it or repair; for drift, repair would only make it
     * replay the edited file and compare the live database with something it never ran.
     */
    private static Problem forDrift(Problem problem) {
        if (!"PGC-MIGRATE-CHECKSUM-MISMATCH".equals(problem.code())) {
            return problem;
        }
        return Problem.at(problem.location(), problem.code(), problem.message(),
                "Restore the file to what was applied (from version control) and run drift again: drift replays the "
                        + "files as they were applied");
    }

    private static AppliedMigrations readHistory(DriftOptions options, ConnectionSettings live) {
        try (Connection connection = live.open()) {
            beginReadOnly(connection);
            try {
                return AppliedMigrations.read(connection, options.migrations(), options.historyTable());
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw Replays.problem("reading the history of", live, e);
        }
    }

    private static Set<String> scope(SchemaScope scope, Replays.Replay replay, Connection live) throws SQLException {
        Set<String> schemas = new TreeSet<>(replay.owned());
        schemas.addAll(scope.extra());
        if (scope.all()) {
            schemas.addAll(CatalogReader.userSchemas(live));
            try (Connection connection = replay.database().open()) {
                schemas.addAll(CatalogReader.userSchemas(connection));
            }
        }
        return schemas;
    }

    // One snapshot for history and catalog, and a promise to the server (and the DBA) that nothing is written.
    private static void beginReadOnly(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    private static int major(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The PostgreSQL major version of {@code server}, e.g. 16: to replay on the same major version. */
    public static int serverMajor(ConnectionSettings server) {
        try (Connection connection = server.open()) {
            return major(connection);
        } catch (SQLException e) {
            throw Replays.problem("reading the server version of", server, e);
        }
    }

    @Override
    public void close() {
        replays.close();
    }
}
