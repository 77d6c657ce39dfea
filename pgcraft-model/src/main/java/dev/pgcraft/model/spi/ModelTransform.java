package dev.pgcraft.model.spi;

import dev.pgcraft.model.spec.ModelSpec;

/**
 * Phase (a): a function from the model's spec to a changed one, applied before any kind plugin runs. What it adds
 * (a column on every dimension, say) reaches every kind's tables, views, history and write triggers as if the user
 * had declared it.
 */
public interface ModelTransform {

    /** A short, stable name for messages. */
    String name();

    /**
     * @param model   the spec so far (after the transforms before this one)
     * @param context what the transform may ask the engine, such as a dimension's kind
     */
    ModelSpec apply(ModelSpec model, TransformContext context);
}
