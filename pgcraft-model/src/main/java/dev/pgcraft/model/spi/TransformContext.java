package dev.pgcraft.model.spi;

import dev.pgcraft.model.spec.DimensionSpec;

/** What a {@link ModelTransform} may ask the engine while it changes the spec. */
public interface TransformContext {

    /** The kind of {@code dimension}: its generated columns, its verbs, its relation. */
    DimensionKind kind(DimensionSpec dimension);
}
