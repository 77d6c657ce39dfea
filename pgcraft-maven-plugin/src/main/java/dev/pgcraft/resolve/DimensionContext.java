package dev.pgcraft.resolve;

import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spi.ContextKey;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The write-once context of one dimension's plugin run. */
final class DimensionContext implements PluginContext {

    private final String schema;
    private final DimensionConfig dimension;
    private final SchemaState.Builder state;
    private final Function<String, ReferenceTarget> references;
    private final Map<String, Object> values = new HashMap<>();

    DimensionContext(String schema, DimensionConfig dimension, SchemaState.Builder state,
                     Function<String, ReferenceTarget> references) {
        this.schema = schema;
        this.dimension = dimension;
        this.state = state;
        this.references = references;
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public DimensionConfig dimension() {
        return dimension;
    }

    @Override
    public <T> T get(ContextKey<T> key) {
        Object value = values.get(key.name());
        if (value == null) {
            throw new IllegalStateException("context key '" + key.name() + "' of " + schema + "."
                    + dimension.getName() + " read before any plugin produced it; declare @Requires(\""
                    + key.name() + "\")");
        }
        return key.type().cast(value);
    }

    @Override
    public <T> void put(ContextKey<T> key, T value) {
        if (values.putIfAbsent(key.name(), key.type().cast(value)) != null) {
            throw new IllegalStateException("context key '" + key.name() + "' of " + schema + "."
                    + dimension.getName() + " written twice");
        }
    }

    @Override
    public void add(DbObject object) {
        state.add(object);
    }

    @Override
    public void require(VersionRequirement requirement) {
        state.require(requirement);
    }

    @Override
    public ReferenceTarget referenceTarget(String qualifiedDimension) {
        return references.apply(qualifiedDimension);
    }
}
