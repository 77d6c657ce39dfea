package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies pending migrations. The order of a run, and why:
 * <ol>
 * <li>scan the files (naming and duplicate errors before touching the database);</li>
 * <li>take a session advisory lock on a dedicated connection, so concurrent migrates of one database run
 *     one after the other and a killed process leaves no lock behind;</li>
 * <li>on a second connection, create the history table if missing, then validate: every applied migration
 *     must still be there unchanged, and no pending one may sit below the latest applied;</li>
 * <li>check every pending file before applying any (server version, no transaction control), so a run
 *     that cannot finish does not start;</li>
 * <li>apply each file in its own transaction together with its history row: a file is applied completely,
 *     recorded, or not at all.</li>
 * </ol>
 * A Migrator holds no state: one instance may serve any number of runs, also concurrently.
 */
public final class Migrator {

    // Statements that would end our per-file transaction early (BEGIN ATOMIC bodies are not matched:
    // the splitter keeps them inside their CREATE FUNCTION statement).
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?i)^(begin|start\\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\\s+transaction)\\b");
    private static final Set<MigrationState> BLOCKING = Set.of(MigrationState.CHECKSUM_MISMATCH,
            MigrationState.MISSING_LOCALLY, MigrationState.FAILED, MigrationState.OUT_OF_ORDER);

    /** Runs one migrate; throws {@link PgcraftException} for anything a user must act on. */
    public MigrateResult migrate(MigrateOptions options, MigrationListener listener) {
        long started = System.nanoTime();
        List<MigrationFile> files = MigrationScanner.scan(options.migrationsDir());
        if (files.isEmpty()) {
            listener.info("No migrations found in " + options.migrationsDir());
        }
        HistoryTable history = HistoryTable.named(options.historyTable());
        ConnectionSettings settings = options.connection();
        try (Connection lockConnection = settings.open();
             AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, history.lockKey(), listener,
                     history.displayName());
             Connection connection = settings.open()) {
            history.createIfMissing(connection);
            history.checkShape(connection);
            List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, history.read(connection));
            validate(entries, options);
            MigrationVersion before = HistoryMerge.latestApplied(entries);
            List<MigrationFile> pending = pending(entries, options.target());
            preflight(connection, pending);
            if (pending.isEmpty()) {
                listener.info(before == null ? "Schema is up to date: no migrations applied"
                        : "Schema is up to date at version " + before);
                return new MigrateResult(List.of(), before, before, millisSince(started));
            }
            listener.info("Current version of " + history.displayName() + ": "
                    + (before == null ? "none (empty)" : before));
            List<MigrateResult.Applied> applied = new ArrayList<>();
            MigrationVersion current = before;
            for (MigrationFile file : pending) {
                listener.applying(file);
                long millis = apply(connection, history, file, current);
                listener.applied(file, millis);
                applied.add(new MigrateResult.Applied(file.version(), file.description(), file.script(), millis));
                current = file.version();
            }
            long total = millisSince(started);
            listener.info("Applied " + applied.size() + (applied.size() == 1 ? " migration" : " migrations")
                    + ", now at version " + current + " (" + total + " ms)");
            return new MigrateResult(applied, before, current, total);
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-DATABASE",
                    "Migrate failed talking to " + settings.safeUrl() + ": " + ServerError.of(e).describe(),
                    "Check the connection and the permissions of the role on " + history.displayName()), e);
        }
    }

    private static void validate(List<HistoryMerge.Entry> entries, MigrateOptions options) {
        HistoryRow latest = null;
        for (HistoryMerge.Entry entry : entries) {
            if (entry.row() != null && entry.row().success()) {
                latest = entry.row();
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (HistoryMerge.Entry entry : entries) {
            if (!BLOCKING.contains(entry.state())) {
                continue;
            }
            problems.add(switch (entry.state()) {
                case CHECKSUM_MISMATCH -> MigrateProblems.checksumMismatch(entry.file(), entry.row());
                case MISSING_LOCALLY -> MigrateProblems.missingLocally(entry.row(), options.migrationsDir());
                case FAILED -> MigrateProblems.failedBefore(entry.row(), options.migrationsDir());
                default -> MigrateProblems.outOfOrder(entry.file(), latest);
            });
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    private static List<MigrationFile> pending(List<HistoryMerge.Entry> entries, MigrationVersion target) {
        return entries.stream()
                .filter(entry -> entry.state() == MigrationState.PENDING)
                .filter(entry -> target == null || entry.version().compareTo(target) <= 0)
                .map(HistoryMerge.Entry::file)
                .toList();
    }

    /** Everything that can be known to fail before applying anything, for all pending files at once. */
    private static void preflight(Connection connection, List<MigrationFile> pending) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        int versionNum = 0;
        String version = null;
        for (MigrationFile file : pending) {
            if (file.minPostgresqlMajor() > 0 && version == null) {
                versionNum = Integer.parseInt(show(connection, "server_version_num"));
                version = show(connection, "server_version");
            }
            if (file.minPostgresqlMajor() > 0 && versionNum / 10000 < file.minPostgresqlMajor()) {
                problems.add(MigrateProblems.needsNewerServer(file, version, versionNum));
            }
            for (SqlStatement statement : SqlScript.split(file.text())) {
                Matcher matcher = TRANSACTION_CONTROL.matcher(statement.sql());
                if (matcher.find()) {
                    problems.add(MigrateProblems.transactionControl(file, statement,
                            matcher.group(1).toUpperCase(Locale.ROOT)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    /** One file and its history row in one transaction; returns the statements' time in milliseconds. */
    private static long apply(Connection connection, HistoryTable history, MigrationFile file,
                              MigrationVersion current) throws SQLException {
        List<SqlStatement> statements = SqlScript.split(file.text());
        connection.setAutoCommit(false);
        try {
            long started = System.nanoTime();
            for (SqlStatement statement : statements) {
                try (Statement jdbc = connection.createStatement()) {
                    // JDBC escapes ({fn ...}, {d ...}) are not SQL; send the text exactly as written.
                    jdbc.setEscapeProcessing(false);
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    rollbackQuietly(connection, e);
                    throw new PgcraftException(MigrateProblems.statementFailed(file, statement, ServerError.of(e),
                            current), e);
                }
            }
            long millis = millisSince(started);
            history.insert(connection, file, millis);
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new PgcraftException(MigrateProblems.commitFailed(file, ServerError.of(e)), e);
            }
            return millis;
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            restoreAutoCommit(connection);
        }
    }

    private static void rollbackQuietly(Connection connection, SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The server rolls back an unfinished transaction itself when the connection goes.
            cause.addSuppressed(e);
        }
    }

    // Never let this hide the exception that is already on its way out.
    private static void restoreAutoCommit(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the connection is broken; the next use reports it
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
