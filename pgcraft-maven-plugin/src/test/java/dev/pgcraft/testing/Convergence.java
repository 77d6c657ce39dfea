package dev.pgcraft.testing;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogDifference;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.verify.VerifyOptions;
import dev.pgcraft.verify.VerifyResult;
import dev.pgcraft.verify.Verifier;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The convergence check for tests: compare two databases' catalogs, or a model's migrations against the model
 * built from scratch, and fail with the readable list of differences. The default history table is left out.
 */
public final class Convergence {

    private static final CatalogReader READER = new CatalogReader(Set.of(HistoryTable.DEFAULT_NAME));

    /**
     * How many databases keep an open connection for {@link #catalog}; the least recently read one is closed when
     * another comes. RandomEvolutionTest reads two databases per seed, one seed after the other.
     */
    private static final int KEPT_CONNECTIONS = 4;

    /**
     * One open connection per database (by URL and user), reused by every {@link #catalog} read. A new connection is
     * a new server process whose catalog caches start cold: measured in RandomEvolutionTest (three reads per step,
     * half of its time), a read on a new connection took about twice as long as on a used one. Reuse cannot change
     * what a read sees: {@link CatalogReader#read} runs in its own read-only transaction, rolled back, and puts
     * {@code search_path} back, so the session keeps no state between reads. A kept connection holds no lock, but
     * a database with one open cannot be dropped without {@code WITH (FORCE)}.
     */
    private static final Map<String, Connection> KEPT = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Connection> eldest) {
            if (size() <= KEPT_CONNECTIONS) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    private Convergence() {
    }

    /** The catalog of {@code schemas} in {@code database}, without the default history table. */
    public static synchronized Catalog catalog(ConnectionSettings database, Collection<String> schemas) {
        String key = database.user() + "@" + database.url();
        Connection connection = KEPT.get(key);
        try {
            if (connection == null || connection.isClosed()) {
                connection = database.open();
                KEPT.put(key, connection);
            }
            return READER.read(connection, schemas);
        } catch (SQLException | RuntimeException e) {
            // A broken session is not reused: the next read opens a new one.
            KEPT.remove(key);
            closeQuietly(connection);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot read the catalog of " + database.safeUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // it is being discarded anyway
        }
    }

    /** Fails, listing every difference, unless both databases hold the same objects in {@code schemas}. */
    public static void assertSameCatalog(ConnectionSettings expected, ConnectionSettings actual,
                                         Set<String> schemas) {
        List<CatalogDifference> differences = Catalog.compare(catalog(expected, schemas), catalog(actual, schemas));
        if (!differences.isEmpty()) {
            fail(differences.size() + " catalog differences in schemas " + schemas + " between "
                    + expected.safeUrl() + " (expected) and " + actual.safeUrl() + " (actual):\n"
                    + differences.stream().map(difference -> difference.describe("expected", "actual"))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Fails, listing every difference, unless applying the migrations in {@code migrations} gives the same catalog
     * as building {@code config} from scratch (two new databases on the shared PostgreSQL 18, dropped again).
     * Returns the result, for its counts.
     */
    public static VerifyResult assertMigrationsConverge(Path config, Path migrations) {
        TestPostgres.requireDatabases();
        VerifyResult result = new Verifier(message -> { }).verify(
                new VerifyOptions(config, config.toString(), migrations, migrations.toString(), null),
                TestPostgres.pg18().connectionSettings());
        if (!result.converges()) {
            fail("the migrations in " + migrations + " do not converge to " + config + ":\n"
                    + String.join("\n", result.described()));
        }
        return result;
    }
}
