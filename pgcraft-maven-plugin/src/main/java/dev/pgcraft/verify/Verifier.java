package dev.pgcraft.verify;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ScratchDatabases;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.generate.FromScratch;
import dev.pgcraft.prove.ServerViewProbe;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrateResult;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The convergence check on a real server: two new databases, one built by the migrations, one by the model
 * rendered from scratch, compared catalog to catalog. Both are built by the same {@link Migrator} (the
 * from-scratch script is written as {@value #FROM_SCRATCH_SCRIPT} into a temporary folder), so splitting,
 * transactions and error reports are the same. Both databases are dropped afterwards, also on failure.
 *
 * <p>All non-system schemas of both databases are compared, not just the model's: a migration that creates
 * something in another schema is drift too. The history table is left out.
 */
public final class Verifier {

    /** The name under which the from-scratch script is applied. */
    public static final String FROM_SCRATCH_SCRIPT = "V1__from_scratch.sql";

    private final Consumer<String> debug;
    private final Registry registry;

    /** With the built-in kinds and plugins. */
    public Verifier(Consumer<String> debug) {
        this(debug, Registry.builtin());
    }

    /**
     * @param debug    receives plugin order and migration progress (logged at debug level)
     * @param registry the kinds and plugins to build the model with
     */
    public Verifier(Consumer<String> debug, Registry registry) {
        this.debug = debug;
        this.registry = registry;
    }

    /**
     * @param server a connection to the server (any database) as a role that may create databases; a throwaway
     *               server is best, because roles the model creates are cluster-wide
     */
    public VerifyResult verify(VerifyOptions options, ConnectionSettings server) {
        // A broken model fails here, before any database is created.
        String script = new FromScratch(debug, registry).script(options.config(), options.configDisplayName(),
                "from scratch (" + FROM_SCRATCH_SCRIPT + ")", new ServerViewProbe(() -> server, debug));
        String prefix = "pgcraft_verify_" + UUID.randomUUID().toString().substring(0, 8);
        String migratedName = prefix + "_migrated";
        String scratchName = prefix + "_scratch";
        Path scratchFolder = null;
        try {
            ConnectionSettings migrated = create(server, migratedName);
            ConnectionSettings scratch = create(server, scratchName);
            MigrateResult applied = migrate(migrated, options.migrations(), options.historyTable());
            scratchFolder = Files.createTempDirectory("pgcraft-verify-");
            Files.writeString(scratchFolder.resolve(FROM_SCRATCH_SCRIPT), script, StandardCharsets.UTF_8);
            migrate(scratch, scratchFolder, options.historyTable());
            return compare(options, applied.applied().size(), scratch, migrated);
        } catch (IOException e) {
            throw new PgcraftException(Problem.of("PGC-VERIFY-TEMP",
                    "cannot write the from-scratch script to a temporary folder: " + e.getMessage(),
                    "Check that the system temporary directory (java.io.tmpdir) is writable."), e);
        } finally {
            ScratchDatabases.dropQuietly(server, migratedName);
            ScratchDatabases.dropQuietly(server, scratchName);
            deleteQuietly(scratchFolder);
        }
    }

    private MigrateResult migrate(ConnectionSettings database, Path folder, String historyTable) {
        return new Migrator().migrate(new MigrateOptions(database, folder, historyTable, null),
                new MigrationListener() {
                    @Override
                    public void info(String message) {
                        debug.accept(message);
                    }
                });
    }

    private static VerifyResult compare(VerifyOptions options, int migrations, ConnectionSettings scratch,
                                        ConnectionSettings migrated) {
        CatalogReader reader = new CatalogReader(Set.of(HistoryTable.named(options.historyTable()).displayName()));
        try (Connection expectedConnection = scratch.open(); Connection actualConnection = migrated.open()) {
            List<Catalog> both = reader.readUserSchemas(expectedConnection, actualConnection);
            Catalog expected = both.get(0);
            Catalog actual = both.get(1);
            Set<String> keys = new HashSet<>(expected.objects().keySet());
            keys.addAll(actual.objects().keySet());
            return new VerifyResult(options, migrations, keys.size(), Catalog.compare(expected, actual));
        } catch (SQLException e) {
            throw databaseProblem("reading the catalogs", scratch, e);
        }
    }

    private static ConnectionSettings create(ConnectionSettings server, String database) {
        try {
            return ScratchDatabases.create(server, database);
        } catch (SQLException e) {
            throw databaseProblem("creating database " + database, server, e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            for (Path file : List.of(folder.resolve(FROM_SCRATCH_SCRIPT), folder)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover file in the temporary directory is harmless
        }
    }

    private static PgcraftException databaseProblem(String doing, ConnectionSettings settings, SQLException e) {
        return new PgcraftException(Problem.of("PGC-VERIFY-DATABASE",
                "verify failed " + doing + " on " + settings.safeUrl() + ": " + ServerError.of(e).describe(),
                "Check that the server is running and that its role may create databases."), e);
    }
}
