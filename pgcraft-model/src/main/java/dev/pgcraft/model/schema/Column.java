package dev.pgcraft.model.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name         column name
 * @param type         the type in PostgreSQL's canonical spelling ({@code integer}, {@code character varying(10)})
 * @param nullable     whether NULL is allowed
 * @param defaultValue default expression as SQL text, or {@code null}
 * @param identity     identity generation
 */
public record Column(String name, String type, boolean nullable, String defaultValue, Identity identity) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
    }
}
