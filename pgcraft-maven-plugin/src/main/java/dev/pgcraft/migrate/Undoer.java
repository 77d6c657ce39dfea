package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes applied migrations by running their undo files ({@code U<version>__<description>.sql}, beside
 * {@code V<version>__<description>.sql}), newest first. A run:
 * <ol>
 * <li>scans the files and takes the same lock as migrate, then validates the history exactly as migrate does
 *     (an edited or missing applied migration stops it);</li>
 * <li>decides what to undo: the latest applied version, or with a target every applied version above it (the
 *     target must be an applied version, or {@code 0} for all; the baseline cannot be undone);</li>
 * <li>checks before undoing anything that every needed undo file exists and can run on this server, so a run
 *     that cannot finish does not start;</li>
 * <li>runs each undo file in its own transaction with a history row of type {@code UNDO_SQL} (Flyway's name:
 *     {@code version} the undone version, {@code script} and {@code checksum} the undo file's). An undo file may
 *     have a non-transactional part, with the same rules as a migration's (see {@link Migrator}): its row says
 *     {@code success = false} until that part has run, and the next undo resumes it;</li>
 * <li>sends each {@code -- pgcraft:notify} of the undo files run once, as migrate does (PostgREST reloads its
 *     schema cache after an undo of an api change too);</li>
 * <li>refreshes the materialized views the undo files run name ({@code -- pgcraft:refresh}), as migrate does
 *     after its files (see {@link MaterializedViewRefresher}).</li>
 * </ol>
 * A version whose latest row is an {@code UNDO_SQL} row is pending again for migrate.
 */
public final class Undoer {

    private static final MigrationVersion ZERO = MigrationVersion.parse("0");

    /** Runs one undo; throws {@link PgcraftException} for anything a user must act on. */
    public UndoResult undo(UndoOptions options, MigrationListener listener) {
        long started = System.nanoTime();
        MigrationFiles files = MigrationScanner.scanAll(options.migrationsDir());
        HistoryTable history = HistoryTable.named(options.historyTable());
        return LockedRun.run(ScriptKind.UNDO.goal(), options.connection(), history, options.lockWaitTimeout(),
                listener, connection -> undo(connection, history, files, options, listener, started));
    }

    private static UndoResult undo(Connection connection, HistoryTable history, MigrationFiles files,
                                   UndoOptions options, MigrationListener listener, long started)
            throws SQLException {
        List<HistoryRow> rows = List.of();
        if (history.exists(connection)) {
            history.checkShape(connection);
            rows = history.read(connection);
        }
        List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, rows);
        Preflight.validate(entries, Preflight.BLOCKING_UNDO, options.migrationsDir());
        List<HistoryMerge.Entry> inEffect = entries.stream().filter(entry -> entry.state().inEffect()).toList();
        MigrationVersion before = HistoryMerge.latestInEffect(entries);
        List<HistoryMerge.Entry> todo = todo(inEffect, options.target());
        if (todo.isEmpty()) {
            listener.info(before == null
                    ? "Nothing to undo: no migration is applied according to " + history.displayName()
                    : options.target() == null
                    ? "Nothing to undo: only the baseline (version " + before + ") is applied"
                    : "Nothing to undo: the schema is already at version " + before + " (pgcraft.target)");
            return new UndoResult(List.of(), before, before, ScriptRunner.millisSince(started));
        }
        checkUndoFiles(todo, options.migrationsDir());
        Preflight.check(connection, todo.stream().map(HistoryMerge.Entry::undo).toList());

        listener.info("Current version of " + history.displayName() + ": " + before);
        ScriptRunner runner = new ScriptRunner(connection, history, listener);
        List<MigrateResult.Applied> undone = new ArrayList<>();
        List<MigrationFile> undoneFiles = new ArrayList<>();
        MigrationVersion current = before;
        boolean completed = false;
        try {
            for (HistoryMerge.Entry entry : todo) {
                MigrationFile undo = entry.undo();
                long millis;
                if (entry.state() == MigrationState.UNDO_INCOMPLETE) {
                    millis = runner.resume(ScriptKind.UNDO, undo, entry.row(), listener);
                } else {
                    listener.undoing(undo);
                    millis = runner.run(ScriptKind.UNDO, undo, current);
                }
                listener.undone(undo, millis);
                undone.add(new MigrateResult.Applied(undo.version(), undo.description(), undo.script(), millis));
                undoneFiles.add(undo);
                current = versionBelow(inEffect, entry.version());
            }
            completed = true;
        } finally {
            // The undo files of an api change carry the same reload notice as the files they undo.
            Migrator.notify(connection, undoneFiles, listener, completed);
            if (!completed) {
                MaterializedViewRefresher.refreshAfterFailure(connection, undoneFiles, ScriptKind.UNDO, current,
                        listener);
            }
        }
        MaterializedViewRefresher.refresh(connection, MaterializedViewRefresher.requests(undoneFiles),
                ScriptKind.UNDO, current, listener);
        long total = ScriptRunner.millisSince(started);
        listener.info("Undid " + undone.size() + (undone.size() == 1 ? " migration" : " migrations") + ", now "
                + (current == null ? "with no migration applied" : "at version " + current) + " (" + total + " ms)");
        return new UndoResult(undone, before, current, total);
    }

    /** The versions in effect to undo, newest first; fails for a target that cannot be reached by undoing. */
    private static List<HistoryMerge.Entry> todo(List<HistoryMerge.Entry> inEffect, MigrationVersion target) {
        if (inEffect.isEmpty()) {
            return List.of();
        }
        HistoryMerge.Entry latest = inEffect.get(inEffect.size() - 1);
        if (target == null) {
            return latest.state() == MigrationState.BASELINE ? List.of() : List.of(latest);
        }
        if (target.compareTo(latest.version()) > 0) {
            throw new PgcraftException(UndoProblems.targetAboveCurrent(target, latest.version()));
        }
        boolean reachable = target.equals(ZERO) || inEffect.stream().anyMatch(entry ->
                entry.version().equals(target) && entry.state() != MigrationState.UNDO_INCOMPLETE);
        if (!reachable) {
            throw new PgcraftException(UndoProblems.targetNotApplied(target,
                    inEffect.stream().map(HistoryMerge.Entry::version).toList()));
        }
        List<HistoryMerge.Entry> todo = new ArrayList<>();
        for (int i = inEffect.size() - 1; i >= 0; i--) {
            HistoryMerge.Entry entry = inEffect.get(i);
            if (entry.version().compareTo(target) <= 0) {
                break;
            }
            if (entry.state() == MigrationState.BASELINE) {
                throw new PgcraftException(UndoProblems.belowBaseline(target, entry.row()));
            }
            todo.add(entry);
        }
        return todo;
    }

    /** Every version to undo needs its undo file (unchanged, to resume an unfinished undo): all are checked first. */
    private static void checkUndoFiles(List<HistoryMerge.Entry> todo, Path dir) {
        List<Problem> problems = new ArrayList<>();
        List<MigrationFile> missing = new ArrayList<>();
        for (HistoryMerge.Entry entry : todo) {
            if (entry.state() == MigrationState.UNDO_INCOMPLETE) {
                if (entry.undo() == null || !entry.undo().checksum().equals(entry.row().checksum())) {
                    problems.add(UndoProblems.cannotResume(entry.row(), entry.undo(), dir));
                }
            } else if (entry.undo() == null) {
                missing.add(entry.file());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(UndoProblems.missingUndoFiles(dir, missing));
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    private static MigrationVersion versionBelow(List<HistoryMerge.Entry> inEffect, MigrationVersion version) {
        MigrationVersion below = null;
        for (HistoryMerge.Entry entry : inEffect) {
            if (entry.version().compareTo(version) < 0) {
                below = entry.version();
            }
        }
        return below;
    }
}
