package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code migrate -Dpgcraft.dryRun=<file>}: writes the SQL a migrate would run now, in the order it would run it,
 * and runs none of it. The checks are migrate's own (history against the files, every pending file against the
 * server); the history table is read if it exists and never created, and no lock is taken. What migrate does
 * around the files' statements (the lock, the history table, each file's history row, the transaction and
 * non-transactional boundaries) is written as comments and {@code BEGIN}/{@code COMMIT}, so the file reads as a
 * plan and also runs as one in psql. The materialized views migrate would refresh after the files
 * ({@code -- pgcraft:refresh}) are listed as comments: whether {@code CONCURRENTLY} applies and in which order they
 * run depend on the catalog as the files leave it.
 */
final class DryRun {

    private DryRun() {
    }

    static MigrateResult write(MigrateOptions options, MigrationFiles files, HistoryTable history,
                               MigrationListener listener, long started) {
        ConnectionSettings settings = options.connection();
        try (Connection connection = settings.open()) {
            boolean historyExists = history.exists(connection);
            List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, history.readIfExists(connection));
            Preflight.validate(entries, Preflight.BLOCKING_MIGRATE, options.migrationsDir());
            MigrationVersion before = HistoryMerge.latestInEffect(entries);
            List<HistoryMerge.Entry> todo = Migrator.todo(entries, options.target());
            Preflight.check(connection, todo.stream().map(HistoryMerge.Entry::file).toList());
            List<MaterializedViewRefresher.Request> refreshes =
                    MaterializedViewRefresher.requests(todo.stream().map(HistoryMerge.Entry::file).toList());
            String sql = render(settings, history, historyExists, before, todo, refreshes);
            writeAtomically(options.dryRun(), sql);
            listener.info("Dry run: wrote the SQL of " + todo.size() + (todo.size() == 1 ? " migration" : " migrations")
                    + " to " + options.dryRun() + "; nothing was run, the database is unchanged");
            if (!refreshes.isEmpty()) {
                listener.info("Dry run: migrate would then refresh " + refreshes.size() + " materialized "
                        + (refreshes.size() == 1 ? "view: " : "views: ") + refreshes.stream()
                        .map(request -> request.refresh().displayName()).collect(Collectors.joining(", ")));
            }
            return new MigrateResult(List.of(), before, before, ScriptRunner.millisSince(started));
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-DATABASE",
                    "Dry run failed talking to " + settings.safeUrl() + ": " + ServerError.of(e).describe(),
                    "Check the connection and the permissions of the role on " + history.displayName()), e);
        }
    }

    private static String render(ConnectionSettings settings, HistoryTable history, boolean historyExists,
                                 MigrationVersion before, List<HistoryMerge.Entry> todo,
                                 List<MaterializedViewRefresher.Request> refreshes) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- pgcraft:migrate dry run against ").append(settings.safeUrl()).append('\n');
        sql.append("-- Nothing of this was run. Schema version now: ").append(before == null ? "none" : before)
                .append("; ").append(todo.size()).append(" to apply.\n");
        if (todo.isEmpty()) {
            return sql.append("-- The schema is up to date: migrate would run nothing.\n").toString();
        }
        sql.append("\n-- [lock] on a connection of its own, held until the end: SELECT pg_try_advisory_lock(")
                .append(history.lockKey()).append("), polled until granted\n");
        if (!historyExists) {
            sql.append("-- [history] ").append(history.displayName()).append(" does not exist: migrate creates it\n");
        }
        for (HistoryMerge.Entry entry : todo) {
            MigrationFile file = entry.file();
            boolean resume = entry.state() == MigrationState.INCOMPLETE;
            List<SqlStatement> nonTransactional = file.nonTransactionalStatements();
            sql.append("\n-- ==== ").append(file.script()).append(" (").append(file.checksum()).append(")")
                    .append(resume ? ": resumed, its transactional part is applied" : "").append(" ====\n");
            if (!resume) {
                sql.append("BEGIN;\n");
                file.transactionalStatements().forEach(statement -> sql.append(statement.sql()).append(";\n"));
                sql.append("-- [history] INSERT INTO ").append(history.displayName()).append(": version ")
                        .append(file.version()).append(", ").append(file.script()).append(", success = ")
                        .append(nonTransactional.isEmpty()).append('\n');
                sql.append("COMMIT;\n");
            }
            if (!nonTransactional.isEmpty()) {
                sql.append("-- [non-transactional] each statement on its own, in autocommit mode\n");
                nonTransactional.forEach(statement -> sql.append(statement.sql()).append(";\n"));
                sql.append("RESET ALL;\n");
                sql.append("-- [history] UPDATE ").append(history.displayName()).append(": version ")
                        .append(file.version()).append(" success = true\n");
            }
        }
        if (!refreshes.isEmpty()) {
            sql.append("\n-- [refresh] then, outside the files' transactions, each materialized view they name,")
                    .append(" once, in dependency order (read from the catalog then); CONCURRENTLY only for a view")
                    .append(" in mode concurrently that is populated by then, skipped if it no longer exists:\n");
            for (MaterializedViewRefresher.Request request : refreshes) {
                MigrationFile.Refresh refresh = request.refresh();
                sql.append("-- [refresh] REFRESH MATERIALIZED VIEW ")
                        .append(refresh.mode() == MigrationFile.RefreshMode.CONCURRENTLY ? "[CONCURRENTLY] " : "")
                        .append(refresh.qualified()).append(";  -- ").append(refresh.mode().word()).append(", ")
                        .append(request.file().script()).append('\n');
            }
        }
        sql.append("\n-- [lock] SELECT pg_advisory_unlock(").append(history.lockKey()).append(")\n");
        return sql.toString();
    }

    /** Written whole or not at all: a half-written plan is worse than none. */
    private static void writeAtomically(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, ".pgcraft-dry-run", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-DRY-RUN-FILE",
                    "Cannot write the dry run to " + file + ": " + e.getMessage(),
                    "Set pgcraft.dryRun to a file in a writable folder."), e);
        }
    }
}
