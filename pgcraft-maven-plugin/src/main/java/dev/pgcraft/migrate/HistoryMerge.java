package dev.pgcraft.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lines up files and history rows by version and decides each one's {@link MigrationState}. Info shows the
 * result; migrate refuses to run while any entry is in a state that needs a person.
 */
final class HistoryMerge {

    /** A version with its file and/or history row. */
    record Entry(MigrationVersion version, MigrationFile file, HistoryRow row, MigrationState state) {
    }

    private HistoryMerge() {
    }

    static List<Entry> merge(List<MigrationFile> files, List<HistoryRow> rows) {
        Map<MigrationVersion, MigrationFile> fileByVersion = new TreeMap<>();
        files.forEach(file -> fileByVersion.put(file.version(), file));
        // The last row per version wins: a successful re-run after a failure, or a repaired checksum.
        Map<MigrationVersion, HistoryRow> rowByVersion = new TreeMap<>();
        for (HistoryRow row : rows) {
            if (row.version() != null) {
                HistoryRow previous = rowByVersion.get(row.version());
                if (previous == null || row.success() || !previous.success()) {
                    rowByVersion.put(row.version(), row);
                }
            }
        }
        MigrationVersion latestApplied = rowByVersion.values().stream().filter(HistoryRow::success)
                .map(HistoryRow::version).max(MigrationVersion::compareTo).orElse(null);
        MigrationVersion baseline = rowByVersion.values().stream().filter(HistoryRow::isBaseline)
                .map(HistoryRow::version).max(MigrationVersion::compareTo).orElse(null);

        TreeSet<MigrationVersion> versions = new TreeSet<>(fileByVersion.keySet());
        versions.addAll(rowByVersion.keySet());
        List<Entry> entries = new ArrayList<>();
        for (MigrationVersion version : versions) {
            MigrationFile file = fileByVersion.get(version);
            HistoryRow row = rowByVersion.get(version);
            entries.add(new Entry(version, file, row, state(file, row, latestApplied, baseline)));
        }
        return entries;
    }

    private static MigrationState state(MigrationFile file, HistoryRow row, MigrationVersion latestApplied,
                                        MigrationVersion baseline) {
        if (row != null && row.isBaseline()) {
            return MigrationState.BASELINE;
        }
        if (row == null) {
            if (baseline != null && file.version().compareTo(baseline) <= 0) {
                return MigrationState.BELOW_BASELINE;
            }
            boolean behind = latestApplied != null && file.version().compareTo(latestApplied) < 0;
            return behind ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
        }
        if (!row.success()) {
            return MigrationState.FAILED;
        }
        if (file == null) {
            return MigrationState.MISSING_LOCALLY;
        }
        return file.checksum().equals(row.checksum()) ? MigrationState.APPLIED : MigrationState.CHECKSUM_MISMATCH;
    }

    static MigrationVersion latestApplied(List<Entry> entries) {
        MigrationVersion latest = null;
        for (Entry entry : entries) {
            if (entry.row() != null && entry.row().success()) {
                latest = entry.version(); // entries are sorted by version
            }
        }
        return latest;
    }
}
