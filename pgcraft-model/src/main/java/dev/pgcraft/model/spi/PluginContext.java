package dev.pgcraft.model.spi;

import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.VersionRequirement;

/** What a plugin sees while one dimension is being built. */
public interface PluginContext {

    /** The schema the dimension is declared in. */
    String schema();

    /** The dimension as the user declared it. */
    DimensionConfig dimension();

    /** A value an earlier plugin produced; the runner guarantees it exists for keys the plugin requires. */
    <T> T get(ContextKey<T> key);

    /** Writes a value this plugin produces; each key may be written once. */
    <T> void put(ContextKey<T> key, T value);

    /** Adds an object to the schema state. */
    void add(DbObject object);

    /** Records that the generated SQL needs at least this PostgreSQL major version. */
    void require(VersionRequirement requirement);

    /**
     * What {@code references="schema.dimension"} points at. The loader has already checked that it exists.
     */
    ReferenceTarget referenceTarget(String qualifiedDimension);
}
