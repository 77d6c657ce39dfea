package dev.pgcraft.model.spec;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;

/**
 * A {@code <schema>}: a PostgreSQL schema, its dimensions, its views and the objects extensions define in it
 * (elements of other namespaces), each in document order.
 */
public record SchemaSpec(String name, List<DimensionSpec> dimensions, List<ViewSpec> views,
                         List<ExtensionElement> extensions, SourceLocation location) {

    public SchemaSpec {
        dimensions = List.copyOf(dimensions);
        views = List.copyOf(views);
        extensions = List.copyOf(extensions);
    }

    /** A schema without views. */
    public SchemaSpec(String name, List<DimensionSpec> dimensions, List<ExtensionElement> extensions,
                      SourceLocation location) {
        this(name, dimensions, List.of(), extensions, location);
    }

    public SchemaSpec withDimensions(List<DimensionSpec> newDimensions) {
        return new SchemaSpec(name, newDimensions, views, extensions, location);
    }

    public SchemaSpec withViews(List<ViewSpec> newViews) {
        return new SchemaSpec(name, dimensions, newViews, extensions, location);
    }
}
