package dev.pgcraft.model.schema;

/** Table constraint kinds. */
public enum ConstraintType {
    PRIMARY_KEY,
    UNIQUE,
    CHECK,
    FOREIGN_KEY
}
