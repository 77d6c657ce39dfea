package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;

/** A {@code <schema>}: a PostgreSQL schema and its dimensions in document order. */
public record SchemaSpec(String name, List<DimensionSpec> dimensions, SourceLocation location) {

    public SchemaSpec {
        dimensions = List.copyOf(dimensions);
    }

    public SchemaSpec withDimensions(List<DimensionSpec> newDimensions) {
        return new SchemaSpec(name, newDimensions, location);
    }
}
