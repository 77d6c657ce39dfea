package dev.pgcraft.model.spec;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;

/**
 * A {@code <schema>}: a PostgreSQL schema, its dimensions and the objects extensions define in it (elements of other
 * namespaces), each in document order.
 */
public record SchemaSpec(String name, List<DimensionSpec> dimensions, List<ExtensionElement> extensions,
                         SourceLocation location) {

    public SchemaSpec {
        dimensions = List.copyOf(dimensions);
        extensions = List.copyOf(extensions);
    }

    public SchemaSpec withDimensions(List<DimensionSpec> newDimensions) {
        return new SchemaSpec(name, newDimensions, extensions, location);
    }
}
