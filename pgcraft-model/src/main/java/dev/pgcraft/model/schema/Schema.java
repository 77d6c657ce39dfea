package dev.pgcraft.model.schema;

import java.util.Set;

/** A PostgreSQL schema (namespace). */
public record Schema(String name) implements DbObject {

    @Override
    public ObjectId id() {
        return ObjectId.schema(name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of();
    }
}
