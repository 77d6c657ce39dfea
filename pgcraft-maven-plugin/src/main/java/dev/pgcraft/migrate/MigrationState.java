package dev.pgcraft.migrate;

/** Where one migration stands, comparing the files on disk with the history table. */
public enum MigrationState {
    /** Applied successfully and the file is unchanged. */
    APPLIED("Applied"),
    /** A file not applied yet, above the current version: the next migrate applies it. */
    PENDING("Pending"),
    /** History records a failed attempt (written by another tool; pgcraft rolls failures back). */
    FAILED("Failed"),
    /** Applied, but its file is gone. */
    MISSING_LOCALLY("Missing locally"),
    /** Applied, but the file has changed since. */
    CHECKSUM_MISMATCH("Checksum mismatch"),
    /** A file not applied, with a version below the latest applied one: migrate refuses it. */
    OUT_OF_ORDER("Out of order"),
    /** The baseline row: the database started from an existing schema at this version. */
    BASELINE("Baseline"),
    /** A file at or below the baseline version: never applied, by design. */
    BELOW_BASELINE("Below baseline");

    private final String label;

    MigrationState(String label) {
        this.label = label;
    }

    /** How the info table shows it. */
    public String label() {
        return label;
    }
}
