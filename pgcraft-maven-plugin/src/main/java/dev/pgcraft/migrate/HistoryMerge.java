package dev.pgcraft.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lines up files and history rows by version and decides each one's {@link MigrationState}. Info shows the
 * result; migrate and undo refuse to run while any entry is in a state that needs a person.
 *
 * <p>The latest row of a version (highest {@code installed_rank}) says where it stands: a migration applied,
 * undone ({@code UNDO_SQL}) and applied again has three rows, and the last one counts. Only versions in effect
 * (see {@link MigrationState#inEffect()}) take part in validation: an undone version's file may be edited or
 * deleted, and it does not make a lower pending version out of order.
 */
final class HistoryMerge {

    /** A version with its file, its undo file and/or its latest history row. */
    record Entry(MigrationVersion version, MigrationFile file, MigrationFile undo, HistoryRow row,
                 MigrationState state) {
    }

    private HistoryMerge() {
    }

    static List<Entry> merge(MigrationFiles files, List<HistoryRow> rows) {
        Map<MigrationVersion, MigrationFile> fileByVersion = new TreeMap<>();
        files.versioned().forEach(file -> fileByVersion.put(file.version(), file));
        // Rows come in installed_rank order, so the last one per version wins.
        Map<MigrationVersion, HistoryRow> rowByVersion = new TreeMap<>();
        for (HistoryRow row : rows) {
            if (row.version() != null) {
                rowByVersion.put(row.version(), row);
            }
        }
        MigrationVersion baseline = rowByVersion.values().stream().filter(HistoryRow::isBaseline)
                .map(HistoryRow::version).max(MigrationVersion::compareTo).orElse(null);
        TreeSet<MigrationVersion> versions = new TreeSet<>(fileByVersion.keySet());
        versions.addAll(rowByVersion.keySet());

        // Whether a version is in effect does not depend on the others, so a first pass finds the latest one.
        MigrationVersion latestInEffect = null;
        for (MigrationVersion version : versions) {
            if (state(fileByVersion.get(version), rowByVersion.get(version), null, baseline).inEffect()) {
                latestInEffect = version;
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (MigrationVersion version : versions) {
            MigrationFile file = fileByVersion.get(version);
            HistoryRow row = rowByVersion.get(version);
            entries.add(new Entry(version, file, files.undoFor(version), row,
                    state(file, row, latestInEffect, baseline)));
        }
        return entries;
    }

    private static MigrationState state(MigrationFile file, HistoryRow row, MigrationVersion latestInEffect,
                                        MigrationVersion baseline) {
        if (row != null && row.isBaseline()) {
            return MigrationState.BASELINE;
        }
        if (row != null && row.isDeleted()) {
            return MigrationState.DELETED;
        }
        if (row != null && row.isUndo()) {
            if (!row.success()) {
                return MigrationState.UNDO_INCOMPLETE;
            }
            // Pending again; only our own undo order (newest first) keeps it above the versions in effect.
            return file != null && isBelow(file.version(), latestInEffect) ? MigrationState.OUT_OF_ORDER
                    : MigrationState.UNDONE;
        }
        if (row == null) {
            if (baseline != null && file.version().compareTo(baseline) <= 0) {
                return MigrationState.BELOW_BASELINE;
            }
            return isBelow(file.version(), latestInEffect) ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
        }
        if (!row.success()) {
            boolean resumable = file != null && file.hasNonTransactionalPart()
                    && file.checksum().equals(row.checksum());
            return resumable ? MigrationState.INCOMPLETE : MigrationState.FAILED;
        }
        if (file == null) {
            return MigrationState.MISSING_LOCALLY;
        }
        return file.checksum().equals(row.checksum()) ? MigrationState.APPLIED : MigrationState.CHECKSUM_MISMATCH;
    }

    private static boolean isBelow(MigrationVersion version, MigrationVersion latestInEffect) {
        return latestInEffect != null && version.compareTo(latestInEffect) < 0;
    }

    /** The highest version in effect, or {@code null} when none is. */
    static MigrationVersion latestInEffect(List<Entry> entries) {
        Entry latest = latestInEffectEntry(entries);
        return latest == null ? null : latest.version();
    }

    /** The entry of the highest version in effect, or {@code null}. */
    static Entry latestInEffectEntry(List<Entry> entries) {
        Entry latest = null;
        for (Entry entry : entries) {
            if (entry.state().inEffect()) {
                latest = entry; // entries are sorted by version
            }
        }
        return latest;
    }
}
