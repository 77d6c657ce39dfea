package dev.pgcraft.model.schema;

/** The kinds of database object pgcraft manages, in the order a script naturally creates them. */
public enum ObjectKind {
    SCHEMA,
    ROLE,
    TABLE,
    CONSTRAINT,
    INDEX,
    VIEW,
    FUNCTION,
    TRIGGER,
    /** Row-level security switched on for a table ({@link RowSecurity}). */
    ROW_SECURITY,
    /** A row-level-security policy ({@link Policy}). */
    POLICY,
    GRANT,
    COMMENT,
    /** A value rows of a table hold ({@link DataKey}): renaming it rewrites them; it has no catalog entry. */
    DATA_KEY,
    /**
     * A privilege {@code PUBLIC} has by default, revoked ({@link Revocation}). Last, so the kinds before keep their
     * ordinals (the change order reads them).
     */
    REVOCATION
}
