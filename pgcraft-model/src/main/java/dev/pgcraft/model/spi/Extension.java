package dev.pgcraft.model.spi;

import dev.pgcraft.model.spec.ModelSpec;

import java.util.List;

/**
 * An extension: the implementation of one XML namespace's elements outside {@code <plugins>} — in
 * {@code <extensions>}, inside a {@code <schema>} (objects it defines) and at the end of dimensions (its settings
 * for one dimension). Registered through {@code META-INF/services/dev.pgcraft.model.spi.Extension}; its jar also
 * lists its XSD in {@code META-INF/pgcraft/schemas.properties}, against which pgcraft validates the elements before
 * the extension sees them.
 *
 * <p>The engine calls an extension only for a model that uses its namespace there. It reads its own elements with
 * {@link ModelSpec#extensionElements(String)} (each with its position) and reports problems by throwing
 * {@link dev.pgcraft.model.problem.PgcraftException} with those positions.
 */
public interface Extension {

    /** The namespace this extension implements. */
    String namespace();

    /** Phase (a): changes to the spec before any dimension is built, in order. */
    default List<ModelTransform> transforms(ModelSpec model) {
        return List.of();
    }

    /** Phase (c): plugins that run after every dimension, over their surfaces. */
    default List<ModelPlugin> modelPlugins(ModelSpec model) {
        return List.of();
    }
}
