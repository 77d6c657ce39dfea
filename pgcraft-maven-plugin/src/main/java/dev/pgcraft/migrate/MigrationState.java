package dev.pgcraft.migrate;

/** Where one migration stands, comparing the files on disk with the history table. */
public enum MigrationState {
    /** Applied successfully and the file is unchanged. */
    APPLIED("Applied"),
    /** A file not applied yet, above the current version: the next migrate applies it. */
    PENDING("Pending"),
    /**
     * History records a failed attempt that migrate cannot resume: written by another tool, or a file with a
     * non-transactional part that changed since its transactional part was applied.
     */
    FAILED("Failed"),
    /**
     * The transactional part is applied, the non-transactional part has not finished (its statement failed or the
     * run was killed): the next migrate runs the non-transactional part again.
     */
    INCOMPLETE("Incomplete"),
    /** Applied once, then undone by its undo file: the next migrate applies it again. */
    UNDONE("Undone"),
    /** The undo file's transactional part is applied, its non-transactional part has not finished: the next
     *  undo runs that part again; migrate refuses to run until then. */
    UNDO_INCOMPLETE("Undo incomplete"),
    /** Applied, but its file is gone. */
    MISSING_LOCALLY("Missing locally"),
    /**
     * Applied, then its file removed on purpose: {@code pgcraft:repair} recorded that with a {@code DELETE} row
     * (Flyway's marker). What it did stays in the database.
     */
    DELETED("Deleted"),
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

    /**
     * Whether the version's changes are (at least partly) in the database: a migrate below it would be out of
     * order, and undo counts it as applied.
     */
    public boolean inEffect() {
        return switch (this) {
            case APPLIED, CHECKSUM_MISMATCH, MISSING_LOCALLY, DELETED, BASELINE, INCOMPLETE, UNDO_INCOMPLETE -> true;
            default -> false;
        };
    }

    /** How the info table shows it. */
    public String label() {
        return label;
    }
}
