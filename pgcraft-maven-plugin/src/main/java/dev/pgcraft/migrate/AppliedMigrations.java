package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which migrations made a database as it is now, read from its history table: the files to replay on a fresh
 * database to get what the history says was applied ({@code pgcraft:drift}). Versions undone, pending or out of
 * order are not in it; files at or below a baseline are (the baseline row says the database was what they make).
 *
 * <p>A replay needs every applied file as it was applied. When a file changed since, is gone, or was applied only
 * in part (failed, incomplete, deleted on purpose), {@link #problems()} says so and what to do; the caller
 * refuses to guess.
 *
 * @param replay   the files to apply, in version order
 * @param version  the schema version in effect, or {@code null} when none is
 * @param rows     the history rows as read, to notice a run that changed history meanwhile
 * @param problems why the replay would not reproduce what was applied; empty when it would
 */
public record AppliedMigrations(List<MigrationFile> replay, MigrationVersion version, List<HistoryRow> rows,
                                List<Problem> problems) {

    // The states a replay cannot reproduce: what was applied is not what the file (if any) says now.
    private static final Set<MigrationState> UNREPRODUCIBLE = Set.of(MigrationState.CHECKSUM_MISMATCH,
            MigrationState.MISSING_LOCALLY, MigrationState.FAILED, MigrationState.UNDO_INCOMPLETE);

    public AppliedMigrations {
        replay = List.copyOf(replay);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * Reads {@code historyTable} ({@code null}: the default) through {@code connection}, creating nothing, and lines
     * it up with the files in {@code dir}.
     */
    public static AppliedMigrations read(Connection connection, Path dir, String historyTable) throws SQLException {
        MigrationFiles files = MigrationScanner.scanAll(dir);
        List<HistoryRow> rows = HistoryTable.named(historyTable).readIfExists(connection);
        List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, rows);
        List<Problem> problems = new ArrayList<>(Preflight.historyProblems(entries, UNREPRODUCIBLE, dir));
        List<MigrationFile> replay = new ArrayList<>();
        for (HistoryMerge.Entry entry : entries) {
            switch (entry.state()) {
                case APPLIED, BELOW_BASELINE -> replay.add(entry.file());
                case INCOMPLETE -> problems.add(Problem.of("PGC-DRIFT-INCOMPLETE",
                        entry.file().script() + " is incomplete: its transactional part is applied, its"
                                + " non-transactional part has not finished, so the database is between two"
                                + " versions and there is nothing definite to compare it with",
                        "Run pgcraft:migrate to finish it, then run pgcraft:drift again."));
                case DELETED -> problems.add(Problem.of("PGC-DRIFT-DELETED",
                        entry.row().script() + " (version " + entry.version() + ") was applied and its file then"
                                + " removed (pgcraft:repair marked it deleted); what it made is still in the"
                                + " database, but it cannot be replayed without the file",
                        "Put the file back into " + dir + " as it was applied, then run pgcraft:drift again."));
                default -> {
                    // pending, undone, out of order, baseline: nothing of theirs is in the database to replay
                }
            }
        }
        return new AppliedMigrations(replay, HistoryMerge.latestInEffect(entries), rows, problems);
    }
}
