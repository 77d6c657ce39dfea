package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pgcraft:validate}: every check {@link Migrator} makes before it applies anything (files unchanged since
 * they were applied, none missing, none pending below the latest applied, no failed row, every pending file able
 * to run on this server and session), all reported at once, and nothing changed: no lock, no history table created.
 * Pending migrations are no problem: they are what the next migrate applies.
 */
public final class Validator {

    private Validator() {
    }

    /**
     * Validates the files in {@code dir} against the history in {@code historyTable} ({@code null} = default).
     *
     * @throws PgcraftException listing every problem found
     */
    public static ValidateResult validate(ConnectionSettings settings, Path dir, String historyTable) {
        MigrationFiles files = MigrationScanner.scanAll(dir);
        HistoryTable history = HistoryTable.named(historyTable);
        try (Connection connection = settings.open()) {
            List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, history.readIfExists(connection));
            List<HistoryMerge.Entry> pending = Migrator.todo(entries, null);
            List<Problem> problems = new ArrayList<>(Preflight.historyProblems(entries, Preflight.BLOCKING_MIGRATE,
                    dir));
            problems.addAll(Preflight.fileProblems(connection, pending.stream().map(HistoryMerge.Entry::file)
                    .toList()));
            if (!problems.isEmpty()) {
                throw new PgcraftException(problems);
            }
            return new ValidateResult(entries.size() - pending.size(), pending.size(),
                    HistoryMerge.latestInEffect(entries));
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-DATABASE",
                    "Cannot validate against " + history.displayName() + " at " + settings.safeUrl() + ": "
                            + ServerError.of(e).describe(), null), e);
        }
    }
}
