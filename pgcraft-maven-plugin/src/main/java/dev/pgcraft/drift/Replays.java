package dev.pgcraft.drift;

import dev.pgcraft.catalog.Catalog;
import dev.pgcraft.catalog.CatalogReader;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ScratchDatabases;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationFile;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The throwaway databases {@code drift} builds: each one the result of replaying a set of applied migrations on a
 * new database of the comparison server. Databases with the same applied files (the usual case when many targets
 * are at one version) share one replay. All are dropped by {@link #close()}.
 */
final class Replays implements AutoCloseable {

    /**
     * One replayed database.
     *
     * @param database where it is
     * @param owned    the schemas the migrations own: those they created, and those that existed before (such as
     *                 {@code public}) in which they made objects
     */
    record Replay(ConnectionSettings database, Set<String> owned) {
    }

    private final ConnectionSettings server;
    private final Consumer<String> debug;
    private final String prefix = "pgcraft_drift_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private final Map<List<String>, Replay> replays = new HashMap<>();
    private final List<String> created = new ArrayList<>();

    Replays(ConnectionSettings server, Consumer<String> debug) {
        this.server = server;
        this.debug = debug;
    }

    /**
     * The database {@code files} make, replayed now or earlier. Synchronized: targets run in parallel, and two at
     * one version must not both replay it.
     */
    synchronized Replay of(List<MigrationFile> files, String historyTable) {
        List<String> key = new ArrayList<>();
        files.forEach(file -> key.add(file.script() + " " + file.checksum()));
        key.add(historyTable == null ? "" : historyTable);
        Replay replay = replays.get(key);
        if (replay == null) {
            replay = replay(files, historyTable);
            replays.put(key, replay);
        }
        return replay;
    }

    private Replay replay(List<MigrationFile> files, String historyTable) {
        String name = prefix + (created.size() + 1);
        ConnectionSettings database = create(name);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("pgcraft-drift-");
            for (MigrationFile file : files) {
                Files.writeString(folder.resolve(file.script()), file.text(), StandardCharsets.UTF_8);
            }
            Map<String, Catalog> before = schemaCatalogs(database, historyTable);
            new Migrator().migrate(new MigrateOptions(database, folder, historyTable, null), new MigrationListener() {
                @Override
                public void info(String message) {
                    debug.accept(message);
                }
            });
            Map<String, Catalog> after = schemaCatalogs(database, historyTable);
            Set<String> owned = new TreeSet<>();
            after.forEach((schema, catalog) -> {
                if (!catalog.equals(before.get(schema))) {
                    owned.add(schema);
                }
            });
            return new Replay(database, owned);
        } catch (IOException e) {
            throw new PgcraftException(Problem.of("PGC-DRIFT-TEMP",
                    "cannot copy the applied migrations to a temporary folder: " + e.getMessage(),
                    "Check that the system temporary directory (java.io.tmpdir) is writable."), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    // Each schema's catalog on its own, so a schema in which the migrations made anything shows as changed.
    private static Map<String, Catalog> schemaCatalogs(ConnectionSettings database, String historyTable) {
        CatalogReader reader = new CatalogReader(Set.of(HistoryTable.named(historyTable).displayName()));
        Map<String, Catalog> catalogs = new HashMap<>();
        try (Connection connection = database.open()) {
            for (String schema : CatalogReader.userSchemas(connection)) {
                catalogs.put(schema, reader.read(connection, List.of(schema)));
            }
        } catch (SQLException e) {
            throw problem("reading the catalog of", database, e);
        }
        return catalogs;
    }

    private synchronized ConnectionSettings create(String name) {
        ConnectionSettings database;
        try {
            database = ScratchDatabases.create(server, name);
        } catch (SQLException e) {
            throw problem("creating", server.withDatabase(name), e);
        }
        created.add(name);
        return database;
    }

    @Override
    public synchronized void close() {
        for (String name : created) {
            ScratchDatabases.dropQuietly(server, name);
        }
        created.clear();
        replays.clear();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a leftover file in the temporary directory is harmless
        }
    }

    static PgcraftException problem(String doing, ConnectionSettings database, SQLException e) {
        return new PgcraftException(Problem.of("PGC-DRIFT-DATABASE",
                "drift failed " + doing + " " + database.safeUrl() + ": " + ServerError.of(e).describe(),
                "Check that the server is running and that the role may read its catalog (and, on the comparison"
                        + " server, create databases)."), e);
    }
}
