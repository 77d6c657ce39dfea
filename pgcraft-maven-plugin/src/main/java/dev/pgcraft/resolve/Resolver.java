package dev.pgcraft.resolve;

import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.plugins.BuiltinPlugins;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Builds the desired {@link SchemaState} from a loaded, checked configuration. */
public final class Resolver {

    private final Consumer<String> debug;

    /** @param debug receives the computed plugin order per dimension (logged at debug level) */
    public Resolver(Consumer<String> debug) {
        this.debug = debug;
    }

    public SchemaState resolve(PgcraftConfig config) {
        return build(config).build();
    }

    /** As {@link #resolve}, also giving the objects in the order the plugins produced them. */
    public Resolution resolveTraced(PgcraftConfig config) {
        SchemaState.Builder state = build(config);
        return new Resolution(state.build(), state.inOrder());
    }

    /**
     * A resolved model.
     *
     * @param state   the objects, sorted, with their version requirements
     * @param inOrder the same objects in the order the plugins produced them (see
     *                {@link SchemaState.Builder#inOrder()}): what pairs two versions of a model object by object
     */
    public record Resolution(SchemaState state, List<DbObject> inOrder) {

        public Resolution {
            inOrder = List.copyOf(inOrder);
        }
    }

    /**
     * The objects each dimension's plugins produced, keyed by {@code schema.dimension} in document order: what the
     * model report lists under each dimension. An object two dimensions produce (their schema) counts for the first.
     */
    public Map<String, List<DbObject>> objectsByDimension(PgcraftConfig config) {
        Map<String, List<DbObject>> byDimension = new LinkedHashMap<>();
        build(config, (dimension, objects) -> byDimension.put(dimension, objects));
        return byDimension;
    }

    private SchemaState.Builder build(PgcraftConfig config) {
        return build(config, (dimension, objects) -> { });
    }

    private SchemaState.Builder build(PgcraftConfig config, BiConsumer<String, List<DbObject>> produced) {
        SchemaState.Builder state = SchemaState.builder();
        Map<String, ReferenceTarget> targets = referenceTargets(config);
        List<Plugin> global = BuiltinPlugins.fromConfig(config.getPlugins());
        for (SchemaConfig schema : config.getSchemas()) {
            state.add(new Schema(schema.getName()));
            for (DimensionConfig dimension : schema.getDimensions()) {
                String qualified = schema.getName() + "." + dimension.getName();
                DimensionType type = DimensionTypes.of(dimension.kind());
                List<Plugin> layered = PluginOrder.layer(type.defaultPlugins(), global,
                        BuiltinPlugins.fromConfig(dimension.getPlugins()), dimension.getLocation());
                List<Plugin> ordered = PluginOrder.sort(layered, qualified, dimension.getLocation());
                debug.accept("plugins of " + qualified + ": "
                        + ordered.stream().map(Plugin::name).reduce((a, b) -> a + ", " + b).orElse(""));
                DimensionContext context = new DimensionContext(schema.getName(), dimension, state, ref -> {
                    ReferenceTarget target = targets.get(ref);
                    if (target == null) {
                        throw new IllegalStateException("unchecked reference " + ref);
                    }
                    return target;
                });
                int before = state.inOrder().size();
                for (Plugin plugin : ordered) {
                    plugin.apply(context);
                }
                List<DbObject> all = state.inOrder();
                produced.accept(qualified, all.subList(before, all.size()));
            }
        }
        return state;
    }

    private static Map<String, ReferenceTarget> referenceTargets(PgcraftConfig config) {
        Map<String, ReferenceTarget> targets = new HashMap<>();
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                targets.put(schema.getName() + "." + dimension.getName(),
                        DimensionTypes.of(dimension.kind()).referenceTarget(schema.getName(), dimension.getName()));
            }
        }
        return targets;
    }
}
