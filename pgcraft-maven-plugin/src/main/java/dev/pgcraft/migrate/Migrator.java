package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies pending migrations. The order of a run, and why:
 * <ol>
 * <li>scan the files (naming, encoding, marker and duplicate errors before touching the database);</li>
 * <li>take a session advisory lock on a dedicated connection, so concurrent migrates (and undos) of one database
 *     run one after the other and a killed process leaves no lock behind; a run that finds it taken polls for
 *     it, holding no snapshot, for at most {@link MigrateOptions#lockWaitTimeout()} (see {@link AdvisoryLock});</li>
 * <li>on a second connection, create the history table if missing, then validate: every applied migration
 *     must still be there unchanged, and no pending one may sit below the latest applied;</li>
 * <li>check every pending file before applying any (server version, no transaction control), so a run
 *     that cannot finish does not start;</li>
 * <li>apply each file in its own transaction together with its history row: a file is applied completely,
 *     recorded, or not at all;</li>
 * <li>send each {@code -- pgcraft:notify} of the applied files once (PostgREST reloads its schema cache once per
 *     run, not once per file), also when a later file failed;</li>
 * <li>refresh each materialized view a {@code -- pgcraft:refresh} of the applied files names, once, in dependency
 *     order, outside the files' transactions, also when a later file failed (see
 *     {@link MaterializedViewRefresher}); a refresh that fails fails the run, the files staying applied.</li>
 * </ol>
 *
 * <p><b>Non-transactional parts.</b> Statements after a {@value SqlScript#NON_TRANSACTIONAL_MARKER} line (such as
 * {@code CREATE INDEX CONCURRENTLY}, which PostgreSQL refuses inside a transaction) cannot share the file's
 * transaction. For such a file the transactional part commits together with a history row saying
 * {@code success = false}; then each statement after the marker runs on its own in autocommit mode, then
 * {@code RESET ALL} (a {@code SET} there would otherwise stay in force for the next files), then the row is set
 * to {@code success = true}. If one of those statements fails, the run stops with its file, line and the
 * server's error, and the file is <em>incomplete</em>: its transactional part stays applied and recorded. The
 * next migrate resumes it, provided the file is unchanged: it runs the whole non-transactional part again from
 * its first statement (generated statements are written to be safe to re-run, e.g. {@code DROP INDEX
 * CONCURRENTLY IF EXISTS} before {@code CREATE INDEX CONCURRENTLY}), never the transactional part, and marks the
 * row successful. A changed file cannot be resumed and blocks migrate like any failed row.
 *
 * <p><b>Undone versions.</b> A version whose latest history row is an undo ({@code UNDO_SQL}, written by
 * {@link Undoer}) is pending again: migrate applies it anew and records a new row. Its file may have changed in
 * between; only versions in effect are checked.
 *
 * <p><b>Dry run.</b> With {@link MigrateOptions#dryRun()} set, the same checks run and {@link DryRun} writes what
 * would run to that file instead; the database is left as it is.
 *
 * <p>A Migrator holds no state: one instance may serve any number of runs, also concurrently.
 */
public final class Migrator {

    /** Runs one migrate; throws {@link PgcraftException} for anything a user must act on. */
    public MigrateResult migrate(MigrateOptions options, MigrationListener listener) {
        long started = System.nanoTime();
        MigrationFiles files = MigrationScanner.scanAll(options.migrationsDir());
        if (files.versioned().isEmpty()) {
            listener.info("No migrations found in " + options.migrationsDir());
        }
        HistoryTable history = HistoryTable.named(options.historyTable());
        if (options.dryRun() != null) {
            return DryRun.write(options, files, history, listener, started);
        }
        return LockedRun.run(ScriptKind.VERSIONED.goal(), options.connection(), history, options.lockWaitTimeout(),
                listener, connection -> migrate(connection, history, files, options, listener, started));
    }

    private static MigrateResult migrate(Connection connection, HistoryTable history, MigrationFiles files,
                                         MigrateOptions options, MigrationListener listener, long started)
            throws SQLException {
        // Once it exists, asking is one cheap query; the three CREATE … IF NOT EXISTS are three round trips, and
        // CREATE INDEX takes a lock on the table, on every run.
        if (!history.exists(connection)) {
            history.createIfMissing(connection);
        }
        history.checkShape(connection);
        List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, history.read(connection));
        Preflight.validate(entries, Preflight.BLOCKING_MIGRATE, options.migrationsDir());
        MigrationVersion before = HistoryMerge.latestInEffect(entries);
        List<HistoryMerge.Entry> todo = todo(entries, options.target());
        Preflight.check(connection, todo.stream().map(HistoryMerge.Entry::file).toList());
        if (todo.isEmpty()) {
            listener.info(before == null ? "Schema is up to date: no migrations applied"
                    : "Schema is up to date at version " + before);
            return new MigrateResult(List.of(), before, before, ScriptRunner.millisSince(started));
        }
        listener.info("Current version of " + history.displayName() + ": "
                + (before == null ? "none (empty)" : before));
        ScriptRunner runner = new ScriptRunner(connection, history, listener);
        List<MigrateResult.Applied> applied = new ArrayList<>();
        List<MigrationFile> appliedFiles = new ArrayList<>();
        MigrationVersion current = before;
        boolean completed = false;
        try {
            for (HistoryMerge.Entry entry : todo) {
                MigrationFile file = entry.file();
                long millis;
                if (entry.state() == MigrationState.INCOMPLETE) {
                    millis = runner.resume(ScriptKind.VERSIONED, file, entry.row(), listener);
                } else {
                    listener.applying(file);
                    millis = runner.run(ScriptKind.VERSIONED, file, current);
                }
                listener.applied(file, millis);
                appliedFiles.add(file);
                applied.add(new MigrateResult.Applied(file.version(), file.description(), file.script(), millis));
                current = current == null || file.version().compareTo(current) > 0 ? file.version() : current;
            }
            completed = true;
        } finally {
            // What was applied stays applied when a later file fails: the notices of those files still go out.
            notify(connection, appliedFiles, listener, completed);
            if (!completed) {
                MaterializedViewRefresher.refreshAfterFailure(connection, appliedFiles, ScriptKind.VERSIONED, current,
                        listener);
            }
        }
        MaterializedViewRefresher.refresh(connection, MaterializedViewRefresher.requests(appliedFiles),
                ScriptKind.VERSIONED, current, listener);
        long total = ScriptRunner.millisSince(started);
        listener.info("Applied " + applied.size() + (applied.size() == 1 ? " migration" : " migrations")
                + ", now at version " + current + " (" + total + " ms)");
        return new MigrateResult(applied, before, current, total);
    }

    /**
     * Sends each notice of the files a run applied (migrate) or undid (undo) once ({@code pg_notify} in autocommit:
     * delivered at once). A failure to send is reported but, after a failed file, never hides that file's error.
     */
    static void notify(Connection connection, List<MigrationFile> files, MigrationListener listener,
                       boolean completed) throws SQLException {
        Set<MigrationFile.Notice> notices = new LinkedHashSet<>();
        files.forEach(file -> notices.addAll(file.notices()));
        for (MigrationFile.Notice notice : notices) {
            try {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (completed) {
                    throw e;
                }
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_catalog.pg_notify(?, ?)")) {
                statement.setString(1, notice.channel());
                statement.setString(2, notice.payload());
                statement.execute();
                listener.info("Notified channel " + notice.channel() + ": " + notice.payload());
            } catch (SQLException e) {
                if (completed) {
                    throw e;
                }
            }
        }
    }

    /** Incomplete files to resume and pending (or undone) ones to apply, up to the target, in version order. */
    static List<HistoryMerge.Entry> todo(List<HistoryMerge.Entry> entries, MigrationVersion target) {
        return entries.stream()
                .filter(entry -> entry.file() != null)
                .filter(entry -> switch (entry.state()) {
                    case PENDING, UNDONE, INCOMPLETE -> true;
                    default -> false;
                })
                .filter(entry -> target == null || entry.version().compareTo(target) <= 0)
                .toList();
    }
}
