package dev.pgcraft.migrate;

import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The messages migrate (and undo, running files the same way) fails with, in one place so their wording stays
 * consistent and tests can pin it.
 * Each says what happened, expected versus actual, and what to do, modelled on Flyway's where Flyway has one.
 */
final class MigrateProblems {

    private static final String NL = System.lineSeparator();

    private MigrateProblems() {
    }

    static Problem checksumMismatch(MigrationFile file, HistoryRow row) {
        return Problem.at(location(file.path()), "PGC-MIGRATE-CHECKSUM-MISMATCH",
                "Migration checksum mismatch for " + file.script() + NL
                        + "Applied to database: " + row.checksum() + NL
                        + "Resolved locally: " + file.checksum(),
                "Either revert the file to what was applied, or, if the change is intended, run pgcraft:repair");
    }

    static Problem missingLocally(HistoryRow row, Path dir) {
        return Problem.at(location(dir.resolve(row.script())), "PGC-MIGRATE-MISSING-LOCALLY",
                "Migration " + row.script() + " (version " + row.version() + ") was applied to the database"
                        + " but is missing locally in " + dir,
                "Restore the file (e.g. from version control), or, if it was removed on purpose, run"
                        + " pgcraft:repair to remove its history row");
    }

    static Problem failedBefore(MigrationFile file, HistoryRow row, Path dir) {
        if (file != null && file.hasNonTransactionalPart()) {
            return Problem.at(location(file.path()), "PGC-MIGRATE-INCOMPLETE-CHANGED",
                    row.script() + " is recorded as incomplete (installed_rank " + row.installedRank() + "): its"
                            + " transactional part is applied, its non-transactional part did not finish. The file"
                            + " changed since, so migrate cannot resume it." + NL
                            + "Applied to database: " + row.checksum() + NL
                            + "Resolved locally: " + file.checksum(),
                    "Revert the file to what was applied and run migrate again: it resumes with the"
                            + " non-transactional part");
        }
        return Problem.at(location(dir.resolve(row.script())), "PGC-MIGRATE-FAILED-IN-HISTORY",
                "History records a failed attempt at " + row.script() + " (installed_rank " + row.installedRank()
                        + "); the database may hold part of it",
                "Clean up what it left behind by hand, then run pgcraft:repair to remove the failed row");
    }

    static Problem undoIncomplete(HistoryRow row, Path dir) {
        return Problem.at(location(dir.resolve(row.script())), "PGC-MIGRATE-UNDO-INCOMPLETE",
                "The undo of version " + row.version() + " by " + row.script() + " did not finish (installed_rank "
                        + row.installedRank() + "): its transactional part is applied, its non-transactional part"
                        + " is not",
                "Run pgcraft:undo again to finish it (it resumes with the non-transactional part), then migrate");
    }

    static Problem outOfOrder(MigrationFile file, HistoryRow latest) {
        return Problem.at(location(file.path()), "PGC-MIGRATE-OUT-OF-ORDER",
                "Pending migration " + file.script() + " has a lower version than " + latest.script()
                        + ", which is already applied (version " + latest.version() + ")",
                "Regenerate it so that its version comes after " + latest.version()
                        + " (two branches probably generated migrations concurrently)");
    }

    static Problem needsNewerServer(MigrationFile file, String serverVersion, int serverVersionNum) {
        String why = file.minPostgresqlReason().isEmpty() ? "" : " (" + file.minPostgresqlReason() + ")";
        return Problem.at(location(file.path()), "PGC-MIGRATE-SERVER-TOO-OLD",
                file.script() + " needs PostgreSQL " + file.minPostgresqlMajor() + " or newer" + why
                        + ", but the server runs PostgreSQL " + serverVersion + " (server_version_num "
                        + serverVersionNum + "). Nothing was applied.",
                "Use PostgreSQL " + file.minPostgresqlMajor() + " or newer, or change the setting in pgcraft.xml"
                        + " that needs it and regenerate the migration");
    }

    static Problem standardStringsOff(MigrationFile first) {
        return Problem.of("PGC-MIGRATE-STANDARD-STRINGS-OFF",
                "The session has standard_conforming_strings = off (set for the server, the database or the role), "
                        + "under which a backslash in a '…' string escapes the quote after it: the migrations, starting "
                        + "with " + first.script() + ", would not mean what they say. Nothing was applied.",
                "Turn it on for the role that migrates (ALTER ROLE … SET standard_conforming_strings = on) or for "
                        + "this connection only, by adding options=-c%20standard_conforming_strings=on to pgcraft.url");
    }

    static Problem transactionControl(MigrationFile file, SqlStatement statement, String keyword) {
        String why = statement.nonTransactional()
                ? "after " + SqlScript.NON_TRANSACTIONAL_MARKER + ", where pgcraft runs each statement on its own"
                        + " and a transaction left open would swallow the ones after it"
                : "but pgcraft runs each file in its own transaction (with its history row) and would lose that"
                        + " guarantee";
        return Problem.at(new SourceLocation(file.path().toString(), statement.line(), statement.column()),
                "PGC-MIGRATE-TRANSACTION-CONTROL",
                file.script() + " contains " + keyword + ", " + why + ". Nothing was applied.",
                "Remove the " + keyword + " statement from the file");
    }

    static Problem statementFailed(ScriptKind kind, MigrationFile file, SqlStatement statement, ServerError error,
                                   MigrationVersion schemaVersion) {
        return Problem.at(where(file, statement, error, 0), "PGC-MIGRATE-STATEMENT-FAILED",
                title(kind, file) + " failed in the statement at line " + statement.line() + ": "
                        + error.describe() + NL
                        + "Statement: " + firstLine(statement.sql()) + NL
                        + "Nothing of this file was applied; " + (kind == ScriptKind.UNDO ? "undo files" : "files")
                        + " before it stay applied (schema version: "
                        + (schemaVersion == null ? "none" : schemaVersion) + ").",
                "Fix the statement (or the pgcraft.xml it was generated from) and run " + kind.goal() + " again");
    }

    static Problem nonTransactionalFailed(ScriptKind kind, MigrationFile file, SqlStatement statement,
                                          ServerError error, String historyTable) {
        String recorded = kind == ScriptKind.UNDO ? "as an incomplete undo of version " + file.version()
                : "as incomplete";
        return Problem.at(where(file, statement, error, statement.column()), "PGC-MIGRATE-NON-TRANSACTIONAL-FAILED",
                title(kind, file) + " failed in the non-transactional statement at line " + statement.line() + ": "
                        + error.describe() + NL
                        + "Statement: " + firstLine(statement.sql()) + NL
                        + "Its transactional part (the statements before " + SqlScript.NON_TRANSACTIONAL_MARKER
                        + ") IS applied and recorded in " + historyTable + " " + recorded + " (success = false).",
                "Fix the cause, then run pgcraft:" + kind.goal() + " again: it resumes with the non-transactional"
                        + " part, from its first statement. Those statements must be safe to re-run (a failed CREATE"
                        + " INDEX CONCURRENTLY leaves an invalid index behind, which CREATE INDEX ... IF NOT EXISTS"
                        + " would keep: drop an invalid leftover first, as generated files do).");
    }

    static Problem commitFailed(ScriptKind kind, MigrationFile file, ServerError error) {
        return Problem.at(location(file.path()), "PGC-MIGRATE-COMMIT-FAILED",
                "The COMMIT of " + file.script() + " failed: " + error.describe() + NL
                        + "Whether it was applied is unknown if the connection was lost.",
                "Run pgcraft:info to see whether it is recorded as applied, then run " + kind.goal() + " again");
    }

    static Problem refreshFailed(ScriptKind kind, MaterializedViewRefresher.Planned failed, ServerError error,
                                 List<MaterializedViewRefresher.Planned> notRefreshed, MigrationVersion version) {
        MigrationFile.Refresh refresh = failed.request().refresh();
        MigrationFile file = failed.request().file();
        String retry = kind == ScriptKind.UNDO
                ? "running pgcraft:undo again would undo the next version, not retry it"
                : "running pgcraft:migrate again will not retry it, as it finds nothing to apply";
        StringBuilder message = new StringBuilder("Refreshing materialized view ").append(refresh.displayName())
                .append(failed.concurrently() ? " concurrently" : "").append(" (named by ").append(file.script())
                .append(") failed: ").append(error.describe()).append(NL)
                .append("Statement: ").append(failed.statement()).append(NL)
                .append("The ").append(kind == ScriptKind.UNDO ? "undo files" : "migrations")
                .append(" of this run ARE applied and recorded (schema version: ")
                .append(version == null ? "none" : version).append("); only the refresh failed, and ").append(retry)
                .append('.');
        if (!notRefreshed.isEmpty()) {
            message.append(NL).append("Not refreshed either (they come after it): ").append(notRefreshed.stream()
                    .map(planned -> planned.request().refresh().displayName()).collect(Collectors.joining(", ")));
        }
        List<String> statements = new ArrayList<>();
        statements.add(failed.statement() + ";");
        notRefreshed.forEach(planned -> statements.add(planned.statement() + ";"));
        boolean noUniqueIndex = failed.concurrently() && "55000".equals(error.sqlState());
        String cause = noUniqueIndex
                ? "Give the view a unique index on plain columns (no WHERE clause, no expression), or refresh it in"
                        + " mode afterMigrate (readers then wait while it runs)"
                : "Fix the cause";
        return Problem.at(new SourceLocation(file.path().toString(), refresh.line(), 0),
                "PGC-MIGRATE-REFRESH-FAILED", message.toString(),
                cause + "; then run by hand, in this order: " + String.join(" ", statements));
    }

    private static String title(ScriptKind kind, MigrationFile file) {
        return (kind == ScriptKind.UNDO ? "Undo file " : "Migration ") + file.script();
    }

    /** Where the server says the error is, else the statement's line and {@code fallbackColumn} (0: unknown). */
    private static SourceLocation where(MigrationFile file, SqlStatement statement, ServerError error,
                                        int fallbackColumn) {
        if (error.position() > 0) {
            SqlStatement.Position at = statement.positionOf(error.position());
            return new SourceLocation(file.path().toString(), at.line(), at.column());
        }
        return new SourceLocation(file.path().toString(), statement.line(), fallbackColumn);
    }

    private static String firstLine(String sql) {
        int newline = sql.indexOf('\n');
        String line = newline < 0 ? sql : sql.substring(0, newline) + " ...";
        return line.length() <= 200 ? line : line.substring(0, 200) + " ...";
    }

    private static SourceLocation location(Path path) {
        return SourceLocation.of(path.toString());
    }
}
