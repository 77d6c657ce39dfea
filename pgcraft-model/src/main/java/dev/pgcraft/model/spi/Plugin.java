package dev.pgcraft.model.spi;

/**
 * One step of building a dimension. Annotate implementations with {@link Requires}, {@link Produces} and, where
 * only one may apply, {@link SingletonGroup}.
 */
public interface Plugin {

    /** A short, stable name for messages, e.g. {@code pk(uuidv7)}. */
    String name();

    /** Adds this plugin's objects and context values. */
    void apply(PluginContext context);
}
