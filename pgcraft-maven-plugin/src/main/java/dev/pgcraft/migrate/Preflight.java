package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
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
 * The checks migrate and undo make before they change anything, each reporting every problem at once: the
 * history must agree with the files, and every file about to run must be able to run on this server, in a session
 * that reads SQL text as the files were written ({@code standard_conforming_strings} on).
 */
final class Preflight {

    /** States that stop migrate until a person acts. */
    static final Set<MigrationState> BLOCKING_MIGRATE = Set.of(MigrationState.CHECKSUM_MISMATCH,
            MigrationState.MISSING_LOCALLY, MigrationState.FAILED, MigrationState.OUT_OF_ORDER,
            MigrationState.UNDO_INCOMPLETE);
    /** States that stop undo; an unfinished undo is what undo itself finishes. */
    static final Set<MigrationState> BLOCKING_UNDO = Set.of(MigrationState.CHECKSUM_MISMATCH,
            MigrationState.MISSING_LOCALLY, MigrationState.FAILED, MigrationState.OUT_OF_ORDER);

    // Statements that would end our per-file transaction early, or (after the non-transactional marker) leave
    // one open across statements meant to run on their own. BEGIN ATOMIC bodies are not matched: the splitter
    // keeps them inside their CREATE FUNCTION statement.
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?i)^(begin|start\\s+transaction|commit|end|rollback|abort|savepoint|release|prepare\\s+transaction)\\b");

    private Preflight() {
    }

    /** Fails when any entry is in one of the {@code blocking} states, naming each with what to do. */
    static void validate(List<HistoryMerge.Entry> entries, Set<MigrationState> blocking, Path dir) {
        throwIfAny(historyProblems(entries, blocking, dir));
    }

    /** A problem for each entry in one of the {@code blocking} states, in version order. */
    static List<Problem> historyProblems(List<HistoryMerge.Entry> entries, Set<MigrationState> blocking, Path dir) {
        HistoryMerge.Entry latest = HistoryMerge.latestInEffectEntry(entries);
        List<Problem> problems = new ArrayList<>();
        for (HistoryMerge.Entry entry : entries) {
            if (!blocking.contains(entry.state())) {
                continue;
            }
            problems.add(switch (entry.state()) {
                case CHECKSUM_MISMATCH -> MigrateProblems.checksumMismatch(entry.file(), entry.row());
                case MISSING_LOCALLY -> MigrateProblems.missingLocally(entry.row(), dir);
                case FAILED -> MigrateProblems.failedBefore(entry.file(), entry.row(), dir);
                case UNDO_INCOMPLETE -> MigrateProblems.undoIncomplete(entry.row(), dir);
                default -> MigrateProblems.outOfOrder(entry.file(), latest.row());
            });
        }
        return problems;
    }

    /** Everything that can be known to fail before running anything, for all {@code files} at once. */
    static void check(Connection connection, List<MigrationFile> files) throws SQLException {
        throwIfAny(fileProblems(connection, files));
    }

    /** What would stop {@code files} from running on this server and session, before any of them runs. */
    static List<Problem> fileProblems(Connection connection, List<MigrationFile> files) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        // Generated files set it themselves in their transaction, but not every file is generated, and a
        // non-transactional part runs in the session as it is.
        if (!files.isEmpty() && !"on".equals(show(connection, "standard_conforming_strings"))) {
            problems.add(MigrateProblems.standardStringsOff(files.get(0)));
        }
        int versionNum = 0;
        String version = null;
        for (MigrationFile file : files) {
            if (file.minPostgresqlMajor() > 0 && version == null) {
                versionNum = Integer.parseInt(show(connection, "server_version_num"));
                version = show(connection, "server_version");
            }
            if (file.minPostgresqlMajor() > 0 && versionNum / 10000 < file.minPostgresqlMajor()) {
                problems.add(MigrateProblems.needsNewerServer(file, version, versionNum));
            }
            for (SqlStatement statement : file.statements()) {
                Matcher matcher = TRANSACTION_CONTROL.matcher(statement.sql());
                if (matcher.find()) {
                    problems.add(MigrateProblems.transactionControl(file, statement,
                            matcher.group(1).toUpperCase(Locale.ROOT)));
                }
            }
        }
        return problems;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }
}
