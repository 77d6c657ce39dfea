package dev.pgcraft.resolve;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.ContextKey;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The write-once context of one dimension's plugin run. Each plugin gets its own view of it
 * ({@link #forPlugin}), which lets it read only what it declared it requires (or produces itself) and write only
 * what it declared it produces: an undeclared read would work or not depending on the order the sort happened to
 * choose, so it is an error naming the plugin instead.
 */
final class DimensionContext {

    /** Where the objects a plugin adds go, with the plugin that added them. */
    interface Sink {
        void add(DbObject object, String plugin);

        void require(VersionRequirement requirement);
    }

    private final DimensionSpec dimension;
    private final ObjectId relation;
    private final Sink sink;
    private final Function<String, ReferenceTarget> references;
    private final Map<String, Object> values = new HashMap<>();

    DimensionContext(DimensionSpec dimension, ObjectId relation, Sink sink,
                     Function<String, ReferenceTarget> references) {
        this.dimension = dimension;
        this.relation = relation;
        this.sink = sink;
        this.references = references;
    }

    /** The context as {@code plugin} may use it. */
    PluginContext forPlugin(PluginDescriptor plugin) {
        return new PluginView(plugin);
    }

    private PgcraftException undeclared(PluginDescriptor plugin, String verb, String key, String annotation) {
        return new PgcraftException(Problem.at(dimension.location(), "PGC-PLUGIN-UNDECLARED-KEY",
                "plugin " + plugin.name() + " " + verb + " context key '" + key + "' while building "
                        + dimension.qualifiedName() + " without declaring it",
                "Declare it on the plugin class: @" + annotation + "(\"" + key + "\")."));
    }

    private final class PluginView implements PluginContext {

        private final PluginDescriptor plugin;

        PluginView(PluginDescriptor plugin) {
            this.plugin = plugin;
        }

        @Override
        public String schema() {
            return dimension.schema();
        }

        @Override
        public DimensionSpec dimension() {
            return dimension;
        }

        @Override
        public ObjectId relation() {
            return relation;
        }

        @Override
        public <T> T get(ContextKey<T> key) {
            if (!plugin.requires().contains(key.name()) && !plugin.produces().contains(key.name())) {
                throw undeclared(plugin, "read", key.name(), "Requires");
            }
            Object value = values.get(key.name());
            if (value == null) {
                throw new IllegalStateException("context key '" + key.name() + "' of " + dimension.qualifiedName()
                        + " read before its producer wrote it");
            }
            return key.type().cast(value);
        }

        @Override
        public <T> void put(ContextKey<T> key, T value) {
            if (!plugin.produces().contains(key.name())) {
                throw undeclared(plugin, "wrote", key.name(), "Produces");
            }
            if (values.putIfAbsent(key.name(), key.type().cast(value)) != null) {
                throw new IllegalStateException("context key '" + key.name() + "' of " + dimension.qualifiedName()
                        + " written twice");
            }
        }

        @Override
        public void add(DbObject object) {
            sink.add(object, plugin.name());
        }

        @Override
        public void require(VersionRequirement requirement) {
            sink.require(requirement);
        }

        @Override
        public ReferenceTarget referenceTarget(String qualifiedDimension) {
            return references.apply(qualifiedDimension);
        }
    }
}
