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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The convergence check for tests: compare two databases' catalogs, or a model's migrations against the model
 * built from scratch, and fail with the readable list of differences. The default history table is left out.
 */
public final class Convergence {

    private static final CatalogReader READER = new CatalogReader(Set.of(HistoryTable.DEFAULT_NAME));

    private Convergence() {
    }

    /** The catalog of {@code schemas} in {@code database}, without the default history table. */
    public static Catalog catalog(ConnectionSettings database, Collection<String> schemas) {
        try (Connection connection = database.open()) {
            return READER.read(connection, schemas);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the catalog of " + database.safeUrl() + ": "
                    + e.getMessage(), e);
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
