package dev.pgcraft.model.spi;

import dev.pgcraft.model.spec.PluginSpec;

import java.util.Optional;

/**
 * Makes plugins from one element of {@code <plugins>} ({@code <pk/>}, {@code <acme:nanoid/>}). Registered through
 * {@code META-INF/services/dev.pgcraft.model.spi.PluginFactory}, keyed by {@link #namespace()} and
 * {@link #element()}. An element may give a per-dimension {@link Plugin}, a {@link ModelTransform} that changes the
 * spec before any dimension is built, a {@link ModelPlugin} that runs after every dimension, or several of them.
 * The element's attributes ({@link PluginSpec#attributes()}) are its parameters, already checked by its XSD.
 */
public interface PluginFactory {

    /** The element's namespace: {@link PluginSpec#CORE_NAMESPACE} for pgcraft's own, your own for yours. */
    String namespace();

    /** The element's local name. */
    String element();

    /** The plugin that joins each dimension's plugins, or empty when the element has none. */
    Optional<Plugin> plugin(PluginSpec spec);

    /** A change to the model applied before the dimensions are built (global {@code <plugins>} only). */
    default Optional<ModelTransform> transform(PluginSpec spec) {
        return Optional.empty();
    }

    /** A plugin that runs once, after every dimension (global {@code <plugins>} only). */
    default Optional<ModelPlugin> modelPlugin(PluginSpec spec) {
        return Optional.empty();
    }
}
