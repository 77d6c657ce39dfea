package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.DimensionSpec;

/**
 * What a plugin sees while one dimension is being built. A plugin reads only the keys it declared in
 * {@link Requires} (or writes itself), and writes only those it declared in {@link Produces}: anything else is an
 * error naming the plugin, so the declared order is the real one.
 */
public interface PluginContext {

    /** The schema the dimension is declared in. */
    String schema();

    /** The dimension as the model declares it (after model transforms). */
    DimensionSpec dimension();

    /**
     * The relation users read and write for this dimension (its kind's {@link DimensionKind#relation}): a table, or
     * the view of a dimension written through a view. A plugin that reacts to writes attaches its triggers here.
     */
    ObjectId relation();

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
