package dev.pgcraft.plugins;

import dev.pgcraft.model.schema.Column;

/** What a {@code pk} plugin produces: the key column a table plugin puts first. */
public record PrimaryKey(Column column) {
}
