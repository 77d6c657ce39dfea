package dev.pgcraft.migrate;

import java.util.List;

/**
 * What one repair changed in the history table, each as the file name it concerns.
 *
 * @param removedFailed  failed attempts whose rows were removed (the versions are pending again)
 * @param realigned      applied files whose changed checksums were accepted
 * @param markedDeleted  applied versions whose files are gone, now marked deleted
 */
public record RepairResult(List<String> removedFailed, List<String> realigned, List<String> markedDeleted) {

    public RepairResult {
        removedFailed = List.copyOf(removedFailed);
        realigned = List.copyOf(realigned);
        markedDeleted = List.copyOf(markedDeleted);
    }

    /** Whether the history needed nothing. */
    public boolean nothingRepaired() {
        return removedFailed.isEmpty() && realigned.isEmpty() && markedDeleted.isEmpty();
    }
}
