package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code pgcraft:baseline}: adopts a database that something else built, so migrate goes on from where it is.
 * Under the migrate lock, in one transaction, into a history table that must be empty or missing:
 * <ul>
 * <li>with a version N, one {@code BASELINE} row at N (Flyway's meaning: files up to N are taken as applied and
 *     never run, migrate applies the later ones);</li>
 * <li>without one, when Flyway's history table exists, Flyway's history taken over row by row (see
 *     {@link FlywayTakeover}): every version keeps its rank, author and time, and its file is checked from now on.
 *     </li>
 * </ul>
 * Refused: a history table with rows, a database with nothing in it (baselining it would leave it empty for good),
 * a version that is no file's (when there are files), a version below what Flyway applied.
 */
public final class Baseliner {

    /** Adopts the database in {@code options}; throws {@link PgcraftException} for what it refuses. */
    public BaselineResult baseline(BaselineOptions options, MigrationListener listener) {
        MigrationFiles files = MigrationScanner.scanAll(options.migrationsDir());
        HistoryTable history = HistoryTable.named(options.historyTable());
        HistoryTable flyway = HistoryTable.named(options.flywayTable());
        return LockedRun.run("baseline", options.connection(), history, options.lockWaitTimeout(), listener,
                connection -> baseline(connection, history, flyway, files, options, listener));
    }

    private static BaselineResult baseline(Connection connection, HistoryTable history, HistoryTable flyway,
                                           MigrationFiles files, BaselineOptions options,
                                           MigrationListener listener) throws SQLException {
        List<HistoryRow> existing = history.readIfExists(connection);
        if (!existing.isEmpty()) {
            HistoryRow last = existing.get(existing.size() - 1);
            throw new PgcraftException(Problem.of("PGC-BASELINE-HISTORY-NOT-EMPTY",
                    history.displayName() + " already has " + existing.size() + (existing.size() == 1 ? " row" : " rows")
                            + " (the latest: " + last.script() + ", installed_rank " + last.installedRank()
                            + "); baseline only adopts a database pgcraft has not migrated yet. Nothing was written.",
                    "Run pgcraft:info to see where the database stands; pgcraft:migrate goes on from there."));
        }
        boolean flywayExists = flyway.exists(connection);
        List<HistoryRow> flywayRows = flywayExists ? readFlyway(connection, flyway) : List.of();
        if (options.version() == null && !flywayExists) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-VERSION-MISSING",
                    "pgcraft.baselineVersion is not set, and there is no Flyway history table "
                            + flyway.displayName() + " to take over. Nothing was written.",
                    "Set the version the database is at, e.g. -Dpgcraft.baselineVersion=3: migrations up to it are "
                            + "taken as applied, migrate applies the later ones. If Flyway migrated this database "
                            + "into another table, name it with -Dpgcraft.flywayTable=schema.table."));
        }
        refuseEmpty(connection, history, flyway, options);
        if (options.version() != null) {
            refuseVersion(options.version(), files, flyway, flywayRows);
        }
        List<HistoryRow> rows = options.version() == null ? FlywayTakeover.rows(flyway, flywayRows, files)
                : List.of();
        LockedRun.inTransaction(connection, transaction -> {
            history.createIfMissing(transaction);
            if (options.version() == null) {
                for (HistoryRow row : rows) {
                    history.insertCopy(transaction, row);
                }
            } else {
                history.insertBaseline(transaction, options.version(), options.description());
            }
            return null;
        });
        return options.version() == null ? tookOver(rows, history, flyway, files, listener)
                : baselined(options, history, flyway, flywayExists, files, listener);
    }

    private static List<HistoryRow> readFlyway(Connection connection, HistoryTable flyway) throws SQLException {
        try {
            return flyway.read(connection);
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-FLYWAY-TABLE",
                    flyway.displayName() + " is not a Flyway schema history table: " + e.getMessage()
                            + ". Nothing was written.",
                    "Name Flyway's history table with -Dpgcraft.flywayTable=schema.table, or set "
                            + "-Dpgcraft.baselineVersion to baseline without reading it."), e);
        }
    }

    private static BaselineResult tookOver(List<HistoryRow> rows, HistoryTable history, HistoryTable flyway,
                                           MigrationFiles files, MigrationListener listener) {
        for (HistoryRow row : rows) {
            listener.info("Took over " + row.script() + " (version " + row.version() + ", " + row.type()
                    + ", installed by " + row.installedBy() + ") from " + flyway.displayName()
                    + (row.isBaseline() || row.isDeleted() ? "" : "; the file is the one Flyway ran (CRC32 matches)"));
        }
        MigrationVersion version = FlywayTakeover.latestSuccessful(rows);
        listener.info("Took over " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " of "
                + flyway.displayName() + " into " + history.displayName() + ", now at version "
                + (version == null ? "none" : version) + "; " + pendingAbove(files, version) + " "
                + flyway.displayName() + " is left as it was: drop it once Flyway no longer runs on this database.");
        return new BaselineResult(version, rows.stream().map(HistoryRow::script).toList());
    }

    private static BaselineResult baselined(BaselineOptions options, HistoryTable history, HistoryTable flyway,
                                            boolean flywayExists, MigrationFiles files, MigrationListener listener) {
        if (flywayExists) {
            listener.info(flyway.displayName() + " was not taken over, because pgcraft.baselineVersion is set");
        }
        listener.info("Baselined " + history.displayName() + " at version " + options.version() + " ("
                + options.description() + "): migrations up to " + options.version()
                + " are taken as applied and never run; " + pendingAbove(files, options.version()));
        return new BaselineResult(options.version(), List.of());
    }

    private static String pendingAbove(MigrationFiles files, MigrationVersion version) {
        List<String> pending = files.versioned().stream()
                .filter(file -> version == null || file.version().compareTo(version) > 0)
                .map(MigrationFile::script).toList();
        return pending.isEmpty() ? "no later migration is pending."
                : "pgcraft:migrate applies " + String.join(", ", pending) + ".";
    }

    private static void refuseVersion(MigrationVersion version, MigrationFiles files, HistoryTable flyway,
                                      List<HistoryRow> flywayRows) {
        List<MigrationVersion> versions = files.versioned().stream().map(MigrationFile::version).toList();
        if (!versions.isEmpty() && !versions.contains(version)) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-VERSION-NOT-A-FILE",
                    "pgcraft.baselineVersion is " + version + ", but no migration file has that version (they are "
                            + versions.stream().map(v -> "V" + v).collect(Collectors.joining(", "))
                            + "). Nothing was written.",
                    "Name the version of the last file whose changes the database already has: files up to it are "
                            + "taken as applied, the later ones are applied by migrate."));
        }
        MigrationVersion flywayLatest = FlywayTakeover.latestSuccessful(flywayRows);
        if (flywayLatest != null && version.compareTo(flywayLatest) < 0) {
            throw new PgcraftException(Problem.of("PGC-BASELINE-BELOW-FLYWAY",
                    flyway.displayName() + " says version " + flywayLatest + " is applied; a baseline at " + version
                            + " would have migrate run the versions above " + version + " again. Nothing was written.",
                    "Leave pgcraft.baselineVersion out to take over Flyway's history, or set it to " + flywayLatest
                            + " or later."));
        }
    }

    /**
     * A baseline marks versions applied without running them; on a database with nothing in it that would leave it
     * empty for good, which is never what someone adopting a database means (more likely a wrong URL).
     */
    private static void refuseEmpty(Connection connection, HistoryTable history, HistoryTable flyway,
                                    BaselineOptions options) throws SQLException {
        String sql = "SELECT (SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"
                + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                + " AND c.oid IS DISTINCT FROM to_regclass(?) AND c.oid IS DISTINCT FROM to_regclass(?))"
                + " + (SELECT count(*) FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = p.pronamespace WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_proc'::regclass"
                + " AND d.objid = p.oid AND d.deptype = 'e'))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, history.qualified());
            statement.setString(2, flyway.qualified());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getLong(1) > 0) {
                    return;
                }
            }
        }
        throw new PgcraftException(Problem.of("PGC-BASELINE-EMPTY-DATABASE",
                options.connection().safeUrl() + " holds no table, view or function outside the system schemas: "
                        + "there is nothing to adopt, and a baseline would keep the migrations it covers from ever "
                        + "running there. Nothing was written.",
                "Run pgcraft:migrate instead, which builds the schema from the migrations; or check that "
                        + "pgcraft.url names the database you mean."));
    }
}
