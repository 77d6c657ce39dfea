package dev.pgcraft.model.schema;

import java.util.Locale;

/** What a foreign key does when the referenced row is deleted or updated. */
public enum ForeignKeyAction {
    NO_ACTION,
    RESTRICT,
    CASCADE,
    SET_NULL,
    SET_DEFAULT;

    /** The SQL spelling, e.g. {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ').toUpperCase(Locale.ROOT);
    }
}
