package dev.pgcraft.migrate;

import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;

import java.nio.file.Path;

/**
 * The messages migrate fails with, in one place so their wording stays consistent and tests can pin it.
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

    static Problem failedBefore(HistoryRow row, Path dir) {
        return Problem.at(location(dir.resolve(row.script())), "PGC-MIGRATE-FAILED-IN-HISTORY",
                "History records a failed attempt at " + row.script() + " (installed_rank " + row.installedRank()
                        + "); the database may hold part of it",
                "Clean up what it left behind by hand, then run pgcraft:repair to remove the failed row");
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

    static Problem transactionControl(MigrationFile file, SqlStatement statement, String keyword) {
        return Problem.at(new SourceLocation(file.path().toString(), statement.line(), statement.column()),
                "PGC-MIGRATE-TRANSACTION-CONTROL",
                file.script() + " contains " + keyword + ", but pgcraft runs each file in its own transaction"
                        + " (with its history row) and would lose that guarantee. Nothing was applied.",
                "Remove the " + keyword + " statement from the file");
    }

    static Problem statementFailed(MigrationFile file, SqlStatement statement, ServerError error,
                                   MigrationVersion schemaVersion) {
        SourceLocation where;
        if (error.position() > 0) {
            SqlStatement.Position at = statement.positionOf(error.position());
            where = new SourceLocation(file.path().toString(), at.line(), at.column());
        } else {
            where = new SourceLocation(file.path().toString(), statement.line(), 0);
        }
        return Problem.at(where, "PGC-MIGRATE-STATEMENT-FAILED",
                "Migration " + file.script() + " failed in the statement at line " + statement.line() + ": "
                        + error.describe() + NL
                        + "Statement: " + firstLine(statement.sql()) + NL
                        + "Nothing of this file was applied; files before it stay applied (schema version: "
                        + (schemaVersion == null ? "none" : schemaVersion) + ").",
                "Fix the statement (or the pgcraft.xml it was generated from) and run migrate again");
    }

    static Problem commitFailed(MigrationFile file, ServerError error) {
        return Problem.at(location(file.path()), "PGC-MIGRATE-COMMIT-FAILED",
                "The COMMIT of " + file.script() + " failed: " + error.describe() + NL
                        + "Whether it was applied is unknown if the connection was lost.",
                "Run pgcraft:info to see whether it is recorded as applied, then run migrate again");
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
