package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.ObjectId;

/**
 * What a foreign key to a dimension points at: for a simple dimension its table, for an append-only one its root.
 *
 * @param table     the referenced table
 * @param keyColumn the referenced key column
 * @param key       the primary-key constraint backing it
 */
public record ReferenceTarget(ObjectId table, String keyColumn, ObjectId key) {
}
