package dev.pgcraft.migrate;

import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one file, a migration or an undo file, together with its history row. The file's transactional part
 * (all of it when it has no {@value SqlScript#NON_TRANSACTIONAL_MARKER} line) runs in one transaction with the
 * insert of its row: applied completely and recorded, or not at all. When the file has a non-transactional
 * part, that row is inserted with {@code success = false}; after the commit each statement of the part runs on
 * its own in autocommit mode, and only then is the row set to {@code success = true}. A failure there (or a
 * killed process) leaves the row incomplete, which {@link #resume} picks up on the next run.
 */
final class ScriptRunner {

    private final Connection connection;
    private final HistoryTable history;
    private final MigrationListener listener;

    /** @param listener is told of each non-transactional statement as it starts and ends: an index build can take minutes */
    ScriptRunner(Connection connection, HistoryTable history, MigrationListener listener) {
        this.connection = connection;
        this.history = history;
        this.listener = listener;
    }

    /**
     * Runs {@code file} as {@code kind}; {@code schemaVersion} is the version before it, for the failure message.
     * Returns the statements' time in milliseconds.
     */
    long run(ScriptKind kind, MigrationFile file, MigrationVersion schemaVersion) throws SQLException {
        List<SqlStatement> nonTransactional = file.nonTransactionalStatements();
        long millis;
        int installedRank;
        connection.setAutoCommit(false);
        try {
            long started = System.nanoTime();
            runTransactional(kind, file, schemaVersion);
            millis = millisSince(started);
            installedRank = history.insert(connection, kind, file, millis, nonTransactional.isEmpty());
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new PgcraftException(MigrateProblems.commitFailed(kind, file, ServerError.of(e)), e);
            }
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            restoreAutoCommit();
        }
        return nonTransactional.isEmpty() ? millis : millis + runNonTransactional(kind, file, installedRank);
    }

    /**
     * Sends the transactional part in one go: the driver writes every statement and then waits once, so a file
     * costs one round trip to the server however many statements it has (plus its history row and the commit).
     * When that fails, the transaction is rolled back and the statements run again one at a time, to name the one
     * that fails with the server's error, as a file run statement by statement would. Should they all succeed
     * then (the failure was of the moment, say a lock timeout), the file is applied by that second run.
     */
    private void runTransactional(ScriptKind kind, MigrationFile file, MigrationVersion schemaVersion)
            throws SQLException {
        List<SqlStatement> statements = file.transactionalStatements();
        if (statements.size() > 1) {
            try {
                // A newline before each semicolon: a statement may end in a line comment.
                execute(statements.stream().map(SqlStatement::sql).collect(Collectors.joining("\n;\n")));
                return;
            } catch (SQLException e) {
                connection.rollback();
            }
        }
        for (SqlStatement statement : statements) {
            try {
                execute(statement.sql());
            } catch (SQLException e) {
                rollbackQuietly(e);
                throw new PgcraftException(MigrateProblems.statementFailed(kind, file, statement,
                        ServerError.of(e), schemaVersion), e);
            }
        }
    }

    /**
     * Runs the non-transactional part of {@code file} again, from its first statement, for its history row left
     * {@code incomplete}; its transactional part is applied already and does not run again. Says so first.
     */
    long resume(ScriptKind kind, MigrationFile file, HistoryRow incomplete, MigrationListener listener)
            throws SQLException {
        listener.info("Resuming " + (kind == ScriptKind.UNDO ? "the undo of version " + file.version() + " by " : "")
                + file.script() + ": its transactional part is applied; running its non-transactional part again"
                + " from the first statement");
        return runNonTransactional(kind, file, incomplete.installedRank());
    }

    private long runNonTransactional(ScriptKind kind, MigrationFile file, int installedRank) throws SQLException {
        long started = System.nanoTime();
        for (SqlStatement statement : file.nonTransactionalStatements()) {
            try {
                listener.statementStarting(file, statement);
                long statementStarted = System.nanoTime();
                execute(statement.sql());
                listener.statementDone(file, statement, millisSince(statementStarted));
            } catch (SQLException e) {
                // The run stops here and its connection is closed, so a SET from this part goes with it.
                throw new PgcraftException(MigrateProblems.nonTransactionalFailed(kind, file, statement,
                        ServerError.of(e), history.displayName()), e);
            }
        }
        // In autocommit mode a SET (generate starts this part with SET lock_timeout) is a session setting: it
        // would stay in force for the files after this one on the same connection. RESET ALL returns every
        // setting to the connection's defaults.
        execute("RESET ALL");
        long millis = millisSince(started);
        history.markSucceeded(connection, installedRank, millis);
        return millis;
    }

    private void execute(String sql) throws SQLException {
        try (Statement jdbc = connection.createStatement()) {
            // JDBC escapes ({fn ...}, {d ...}) are not SQL; send the text exactly as written.
            jdbc.setEscapeProcessing(false);
            jdbc.execute(sql);
        }
    }

    private void rollbackQuietly(SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The server rolls back an unfinished transaction itself when the connection goes.
            cause.addSuppressed(e);
        }
    }

    // Never let this hide the exception that is already on its way out.
    private void restoreAutoCommit() {
        try {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the connection is broken; the next use reports it
        }
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
