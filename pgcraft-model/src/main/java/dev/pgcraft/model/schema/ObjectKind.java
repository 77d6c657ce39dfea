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
    DATA_KEY
}
