package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pgcraft:repair}: puts the history table right where only a person can say what is right, and says every
 * row it touches. Under the migrate lock, in one transaction:
 * <ul>
 * <li>a failed attempt's row is removed, so the version is pending again; what ran of it is not undone;</li>
 * <li>an applied file that changed gets its new checksum, but only when the user named its version
 *     ({@code pgcraft.repairChecksums}); any other changed file stops the repair before it changes anything;</li>
 * <li>an applied version whose file is gone is marked deleted (a {@code DELETE} row, as Flyway writes), so it no
 *     longer blocks migrate; what it did stays in the database.</li>
 * </ul>
 * An unfinished undo is left alone: the next undo finishes it.
 */
public final class Repairer {

    /** Repairs the history in {@code options}; throws {@link PgcraftException} for what it will not repair. */
    public RepairResult repair(RepairOptions options, MigrationListener listener) {
        MigrationFiles files = MigrationScanner.scanAll(options.migrationsDir());
        HistoryTable history = HistoryTable.named(options.historyTable());
        return LockedRun.run("repair", options.connection(), history, options.lockWaitTimeout(), listener,
                connection -> repair(connection, history, files, options, listener));
    }

    private static RepairResult repair(Connection connection, HistoryTable history, MigrationFiles files,
                                       RepairOptions options, MigrationListener listener) throws SQLException {
        if (!history.exists(connection)) {
            listener.info("Nothing to repair: " + history.displayName() + " does not exist");
            return new RepairResult(List.of(), List.of(), List.of());
        }
        history.checkShape(connection);
        List<HistoryMerge.Entry> entries = HistoryMerge.merge(files, history.read(connection));
        refuseUnallowed(entries, options);
        List<String> removed = new ArrayList<>();
        List<String> realigned = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            for (HistoryMerge.Entry entry : entries) {
                HistoryRow row = entry.row();
                switch (entry.state()) {
                    case FAILED -> {
                        history.delete(connection, row.installedRank());
                        removed.add(row.script());
                        listener.info("Removed the failed history row of " + row.script() + " (installed_rank "
                                + row.installedRank() + "); version " + row.version() + " is pending again. What "
                                + "ran of it is not undone: its transactional part and any non-transactional "
                                + "statements before the one that failed stay applied, and migrate will run the "
                                + "whole file again");
                    }
                    case CHECKSUM_MISMATCH -> {
                        history.updateChecksum(connection, row.installedRank(), entry.file().checksum());
                        realigned.add(row.script());
                        listener.info("Realigned the checksum of " + row.script() + ": " + row.checksum() + " -> "
                                + entry.file().checksum());
                    }
                    case MISSING_LOCALLY -> {
                        history.insertDeleted(connection, row);
                        deleted.add(row.script());
                        listener.info("Marked " + row.script() + " (version " + row.version() + ") as deleted: its "
                                + "file is gone; what it did stays in the database");
                    }
                    default -> {
                        // nothing to repair
                    }
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        RepairResult result = new RepairResult(removed, realigned, deleted);
        if (result.nothingRepaired()) {
            listener.info("Nothing to repair: " + history.displayName() + " agrees with the files");
        }
        return result;
    }

    /** Checksums are realigned only for the versions the user named, and each named one must need it. */
    private static void refuseUnallowed(List<HistoryMerge.Entry> entries, RepairOptions options) {
        List<Problem> problems = new ArrayList<>();
        for (HistoryMerge.Entry entry : entries) {
            if (entry.state() == MigrationState.CHECKSUM_MISMATCH && !options.realigns(entry.version())) {
                problems.add(Problem.of("PGC-REPAIR-CHECKSUM-NOT-ALLOWED",
                        entry.file().script() + " changed after it was applied (applied " + entry.row().checksum()
                                + ", now " + entry.file().checksum() + "); repair accepts a changed file only "
                                + "when told. Nothing was repaired.",
                        "Revert the file, or, if the database already has what the changed file says, run repair "
                                + "with -Dpgcraft.repairChecksums=V" + entry.version() + " (or all)"));
            }
        }
        for (MigrationVersion version : options.realignChecksums()) {
            boolean mismatched = entries.stream().anyMatch(entry -> entry.version().equals(version)
                    && entry.state() == MigrationState.CHECKSUM_MISMATCH);
            if (!mismatched) {
                problems.add(Problem.of("PGC-REPAIR-CHECKSUMS",
                        "pgcraft.repairChecksums names V" + version + ", whose file has no checksum mismatch. "
                                + "Nothing was repaired.",
                        "Name only the versions pgcraft:validate or pgcraft:info reports as changed."));
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }
}
