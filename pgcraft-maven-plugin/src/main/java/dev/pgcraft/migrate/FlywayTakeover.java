package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Flyway's history into pgcraft's, row by row, or says why it cannot. A row is taken over only when the
 * file here is provably the one Flyway ran (its Flyway CRC32 matches the row's checksum); it is then stored with
 * the file's pgcraft checksum, so from now on migrate checks it like any file it applied itself. Rank, version,
 * who and when are kept. Flyway's schema-creation marker is left out (pgcraft has no such row); its baseline and
 * delete rows are copied as they are. Anything else (a failed attempt, a repeatable or Java migration, a row
 * whose file is gone or changed) stops the takeover before anything is written, every such row listed.
 */
final class FlywayTakeover {

    private static final String SCHEMA_MARKER = "SCHEMA";
    private static final String SQL = "SQL";

    private FlywayTakeover() {
    }

    /** The rows to write into pgcraft's history table, in Flyway's order. */
    static List<HistoryRow> rows(HistoryTable flyway, List<HistoryRow> flywayRows, MigrationFiles files) {
        Map<MigrationVersion, MigrationFile> fileByVersion = new TreeMap<>();
        files.versioned().forEach(file -> fileByVersion.put(file.version(), file));
        List<HistoryRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (HistoryRow row : flywayRows) {
            if (SCHEMA_MARKER.equalsIgnoreCase(row.type())) {
                continue;
            }
            String which = "installed_rank " + row.installedRank() + " (" + row.script() + ", type " + row.type()
                    + ")";
            if (!row.success()) {
                problems.add(problem(flyway, which + " records a failed attempt",
                        "Settle it with Flyway first (fix the database, then flyway repair), then run baseline again."));
            } else if (row.version() == null) {
                problems.add(problem(flyway, which + " is a repeatable migration; pgcraft runs versioned files only",
                        baselineInstead(flywayRows)));
            } else if (row.isBaseline() || row.isDeleted()) {
                rows.add(row);
            } else if (!SQL.equalsIgnoreCase(row.type())) {
                problems.add(problem(flyway, which + " is not a SQL migration; pgcraft runs SQL files only",
                        baselineInstead(flywayRows)));
            } else {
                MigrationFile file = fileByVersion.get(row.version());
                if (file == null) {
                    problems.add(problem(flyway, which + ": no migration file here has version " + row.version(),
                            "Restore the file Flyway ran, or " + baselineInstead(flywayRows)));
                    continue;
                }
                String crc = Integer.toString(FlywayChecksum.of(file.text()));
                if (!crc.equals(row.checksum())) {
                    problems.add(problem(flyway, which + ": " + file.script() + " is not the file Flyway ran "
                                    + "(Flyway's checksum in history " + row.checksum() + ", of the file here " + crc
                                    + ")",
                            "Restore the file Flyway ran, or " + baselineInstead(flywayRows)));
                    continue;
                }
                rows.add(new HistoryRow(row.installedRank(), row.version(), row.description(), SQL, file.script(),
                        file.checksum(), row.installedBy(), row.installedOn(), row.executionMillis(), true));
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
        return rows;
    }

    /** The latest version Flyway applied successfully (or baselined), or {@code null}. */
    static MigrationVersion latestSuccessful(List<HistoryRow> flywayRows) {
        MigrationVersion latest = null;
        for (HistoryRow row : flywayRows) {
            if (row.success() && row.version() != null && !row.isDeleted() && !row.isUndo()
                    && !SCHEMA_MARKER.equalsIgnoreCase(row.type())
                    && (latest == null || row.version().compareTo(latest) > 0)) {
                latest = row.version();
            }
        }
        return latest;
    }

    private static String baselineInstead(List<HistoryRow> flywayRows) {
        MigrationVersion latest = latestSuccessful(flywayRows);
        return "baseline at Flyway's latest version instead of taking its history over: -Dpgcraft.baselineVersion="
                + (latest == null ? "<version>" : latest);
    }

    private static Problem problem(HistoryTable flyway, String what, String fix) {
        return Problem.of("PGC-BASELINE-FLYWAY-ROW", "cannot take over " + flyway.displayName() + ": " + what
                + ". Nothing was written.", fix);
    }
}
