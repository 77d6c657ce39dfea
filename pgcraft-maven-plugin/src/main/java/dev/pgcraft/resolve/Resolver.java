package dev.pgcraft.resolve;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ExcludeSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spec.SchemaSpec;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.Extension;
import dev.pgcraft.model.spi.ModelPlugin;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds the desired {@link SchemaState} from a model's spec, in three phases: (a) the model transforms the global
 * plugins give change the spec; (b) each dimension's plugins (its kind's defaults, then global, then its own, in
 * dependency order) build it; (c) the model-wide plugins see every dimension's {@link DimensionSurface}. Every
 * object is recorded with its {@link Origin}, which is how two builds of one model (before and after its renames)
 * are paired object by object.
 */
public final class Resolver {

    private final Consumer<String> debug;
    private final Registry registry;

    /** With the built-in registry. */
    public Resolver(Consumer<String> debug) {
        this(debug, Registry.builtin());
    }

    /**
     * @param debug    receives the computed plugin order per dimension (logged at debug level)
     * @param registry the kinds and plugin factories to build with
     */
    public Resolver(Consumer<String> debug, Registry registry) {
        this.debug = debug;
        this.registry = registry;
    }

    public SchemaState resolve(ModelSpec model) {
        return resolveTraced(model).state();
    }

    /**
     * Which plugin made an object: the dimension ({@code schema.dimension}; {@code schema S} for a schema,
     * {@code model} for a model-wide plugin's), the plugin's name, and the object's place among that plugin's
     * objects for that dimension.
     */
    public record Origin(String owner, String plugin, int ordinal) {
    }

    /**
     * A resolved model.
     *
     * @param state    the objects, sorted, with their version requirements
     * @param traced   the same objects by origin, in the order they were produced
     * @param surfaces what users see of each dimension, in document order
     */
    public record Resolution(SchemaState state, Map<Origin, DbObject> traced, List<DimensionSurface> surfaces) {

        public Resolution {
            traced = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(traced));
            surfaces = List.copyOf(surfaces);
        }

        /** The objects in the order the plugins produced them. */
        public List<DbObject> inOrder() {
            return List.copyOf(traced.values());
        }

        /**
         * The objects each dimension's plugins produced, keyed by {@code schema.dimension} in document order: what
         * the model report lists under each dimension. An object two dimensions produce counts for the first.
         */
        public Map<String, List<DbObject>> byDimension() {
            Map<String, List<DbObject>> result = new LinkedHashMap<>();
            traced.forEach((origin, object) -> {
                if (!origin.owner().startsWith(SCHEMA_OWNER) && !origin.owner().equals(MODEL)) {
                    result.computeIfAbsent(origin.owner(), k -> new ArrayList<>()).add(object);
                }
            });
            return result;
        }
    }

    private static final String MODEL = "model";
    /** The owner of a schema's own objects: {@code schema S}. */
    public static final String SCHEMA_OWNER = "schema ";
    /** What makes a model view's objects, in its schema's owner: {@code view V}. */
    public static final String VIEW_MAKER = "view ";

    /** Runs the three phases. */
    public Resolution resolveTraced(ModelSpec declared) {
        return resolveTraced(declared, RenameMap.NONE);
    }

    /**
     * Runs the three phases on a model that is {@code pending} renames away from the one the user wrote (the model
     * under its previous names, built to pair renamed objects): model-wide plugins read current names from their
     * elements and map them back through it.
     */
    public Resolution resolveTraced(ModelSpec declared, RenameMap pending) {
        Map<PluginSpec, Plugin> global = new LinkedHashMap<>();
        // Each transform with the element that configured it (the first, when several give an equal one).
        Map<ModelTransform, SourceLocation> transforms = new LinkedHashMap<>();
        List<ModelPlugin> modelPlugins = new ArrayList<>();
        for (PluginSpec spec : declared.plugins()) {
            PluginFactory factory = registry.factory(spec);
            factory.plugin(spec).ifPresent(plugin -> global.put(spec, plugin));
            factory.transform(spec).ifPresent(t -> transforms.putIfAbsent(t, where(spec.location())));
            factory.modelPlugin(spec).ifPresent(modelPlugins::add);
        }
        // A dimension's own plugin element may come with a transform too (it decides which dimensions it changes);
        // the same transform from several elements runs once.
        for (DimensionSpec dimension : declared.dimensions()) {
            for (PluginSpec spec : dimension.plugins()) {
                registry.factory(spec).transform(spec)
                        .ifPresent(t -> transforms.putIfAbsent(t, where(spec.location())));
            }
        }
        for (Map.Entry<Extension, SourceLocation> extension : extensions(declared).entrySet()) {
            extension.getKey().transforms(declared).forEach(t -> transforms.putIfAbsent(t, extension.getValue()));
            modelPlugins.addAll(extension.getKey().modelPlugins(declared));
        }
        rejectExclusionsOfNothing(declared, java.util.Set.copyOf(declared.plugins()));
        ModelSpec model = declared;
        for (Map.Entry<ModelTransform, SourceLocation> transform : transforms.entrySet()) {
            ModelSpec before = model;
            model = transformed(transform.getKey(), before, transform.getValue());
        }

        Trace trace = new Trace();
        Map<String, ReferenceTarget> targets = referenceTargets(model);
        // Looked up once per dimension: a search of the list each time made resolving quadratic in the model.
        Map<String, DimensionSpec> declaredByName = new HashMap<>();
        declared.dimensions().forEach(d -> declaredByName.putIfAbsent(d.qualifiedName(), d));
        List<DimensionSurface> surfaces = new ArrayList<>();
        for (SchemaSpec schema : model.schemas()) {
            trace.owner(SCHEMA_OWNER + schema.name()).add(new Schema(schema.name()), "schema");
            for (DimensionSpec dimension : schema.dimensions()) {
                build(dimension, global, targets, trace.owner(dimension.qualifiedName()));
                surfaces.add(Surfaces.of(dimension, declaredByName.getOrDefault(dimension.qualifiedName(), dimension),
                        registry.kind(dimension), trace.state, targets));
            }
        }
        for (SchemaSpec schema : model.schemas()) {
            for (ViewSpec view : schema.views()) {
                Trace.Owner owner = trace.owner(SCHEMA_OWNER + schema.name());
                Views.of(view, trace.state::contains).forEach(object -> owner.add(object, VIEW_MAKER + view.name()));
            }
        }
        ModelSpec built = model;
        for (ModelPlugin plugin : modelPlugins) {
            Trace.Owner owner = trace.owner(MODEL);
            guarded(() -> {
                plugin.apply(new ModelPhaseContext(built, surfaces, object -> owner.add(object, plugin.name()),
                        trace.state::require, trace.state::get, trace.state::inOrder, targets, pending, trace.state::notice));
                return null;
            }, "plugin " + plugin.name(), "the model-wide phase", SourceLocation.of("pgcraft.xml"));
        }
        return new Resolution(trace.state.build(), trace.traced, surfaces);
    }

    private void build(DimensionSpec dimension, Map<PluginSpec, Plugin> global, Map<String, ReferenceTarget> targets,
                       Trace.Owner owner) {
        String qualified = dimension.qualifiedName();
        DimensionKind kind = registry.kind(dimension);
        List<Plugin> local = new ArrayList<>();
        for (PluginSpec spec : dimension.plugins()) {
            registry.factory(spec).plugin(spec).ifPresent(local::add);
        }
        List<Plugin> included = new ArrayList<>();
        global.forEach((spec, plugin) -> {
            if (dimension.excludes().stream().noneMatch(exclude -> excludes(exclude, spec))) {
                included.add(plugin);
            }
        });
        List<Plugin> layered = PluginOrder.layer(kind.defaultPlugins(), included, local, dimension.location());
        List<Plugin> ordered = PluginOrder.sort(layered, qualified, dimension.location());
        debug.accept("plugins of " + qualified + ": "
                + ordered.stream().map(Plugin::name).collect(Collectors.joining(", ")));
        DimensionContext context = new DimensionContext(dimension,
                kind.relation(dimension.schema(), dimension.name()), owner, ref -> {
            ReferenceTarget target = targets.get(ref);
            if (target == null) {
                throw new IllegalStateException("unchecked reference " + ref);
            }
            return target;
        });
        for (Plugin plugin : ordered) {
            PluginDescriptor descriptor = PluginDescriptor.of(plugin);
            guarded(() -> {
                plugin.apply(context.forPlugin(descriptor));
                return null;
            }, "plugin " + plugin.name(), "dimension " + qualified, dimension.location());
        }
    }

    private static boolean excludes(ExcludeSpec exclude, PluginSpec spec) {
        return exclude.namespace().equals(spec.namespace()) && exclude.element().equals(spec.element());
    }

    /** An {@code <exclude>} that names no global plugin is a mistake (a typo, or a plugin since removed). */
    private static void rejectExclusionsOfNothing(ModelSpec model, java.util.Set<PluginSpec> global) {
        List<Problem> problems = new ArrayList<>();
        for (DimensionSpec dimension : model.dimensions()) {
            for (ExcludeSpec exclude : dimension.excludes()) {
                if (global.stream().noneMatch(spec -> excludes(exclude, spec))) {
                    problems.add(Problem.at(exclude.location(), "PGC-CONFIG-EXCLUDE-NOTHING",
                            "<exclude plugin=\"" + exclude.written() + "\"/> in " + dimension.qualifiedName()
                                    + " names no global plugin"
                                    + (global.isEmpty() ? " (the model has none)" : "; the global plugins are "
                                    + global.stream().map(PluginSpec::displayName).distinct()
                                    .collect(Collectors.joining(", "))) + ".",
                            "Remove the <exclude>, or correct the plugin's name (prefix:element as in the global "
                                    + "<plugins>)."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    /**
     * The extensions whose namespaces the model uses outside {@code <plugins>}, each once, in first-use order, with
     * where that first use is (what a failure of the extension's transform points at).
     */
    private Map<Extension, SourceLocation> extensions(ModelSpec model) {
        List<ExtensionElement> used = new ArrayList<>(model.extensions());
        for (SchemaSpec schema : model.schemas()) {
            used.addAll(schema.extensions());
            schema.dimensions().forEach(dimension -> used.addAll(dimension.extensions()));
        }
        Map<String, ExtensionElement> first = new LinkedHashMap<>();
        used.forEach(element -> first.putIfAbsent(element.namespace(), element));
        Map<Extension, SourceLocation> found = new LinkedHashMap<>();
        first.values().forEach(element -> found.putIfAbsent(registry.extension(element), element.location()));
        return found;
    }

    /**
     * Runs a model transform, as {@link #guarded} runs a plugin, pointing at the element that configured it; when it
     * fails for one dimension (inside {@link ModelSpec#mapDimensions}), the message names that dimension too.
     */
    private ModelSpec transformed(ModelTransform transform, ModelSpec model, SourceLocation configuredAt) {
        try {
            return guarded(() -> transform.apply(model, registry::kind), "model transform " + transform.name(),
                    "the model", configuredAt);
        } catch (ModelSpec.DimensionFailed e) {
            DimensionSpec dimension = e.dimension();
            RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
            throw failed("model transform " + transform.name(), "dimension " + dimension.qualifiedName()
                    + (dimension.location() == null ? "" : " (line " + dimension.location().line() + ")"),
                    configuredAt, cause);
        }
    }

    private static SourceLocation where(SourceLocation location) {
        return location != null ? location : SourceLocation.of("pgcraft.xml");
    }

    /**
     * Runs a plugin's code. A {@link PgcraftException} is the plugin's own report and passes as it is; anything
     * else it throws becomes an error that names the plugin and what it was building, with the exception's own
     * words as the message, never its stack trace.
     */
    private static <T> T guarded(Supplier<T> step, String who, String building, SourceLocation where) {
        try {
            return step.get();
        } catch (PgcraftException | ModelSpec.DimensionFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(who, building, where, e);
        }
    }

    private static PgcraftException failed(String who, String building, SourceLocation where, RuntimeException e) {
        String detail = e.getMessage() == null ? e.getClass().getName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new PgcraftException(List.of(Problem.at(where, "PGC-PLUGIN-FAILED",
                who + " failed while building " + building + ": " + detail,
                "This is a defect of the plugin: report it to its authors with this message; remove the "
                        + "plugin or exclude it from this dimension to go on.")), e);
    }

    private Map<String, ReferenceTarget> referenceTargets(ModelSpec model) {
        Map<String, ReferenceTarget> targets = new HashMap<>();
        for (DimensionSpec dimension : model.dimensions()) {
            targets.put(dimension.qualifiedName(), registry.kind(dimension)
                    .referenceTarget(dimension.schema(), dimension.name()));
        }
        return targets;
    }

    /** The state being built and, for each object first added, where it came from. */
    private static final class Trace {
        final SchemaState.Builder state = SchemaState.builder();
        final Map<Origin, DbObject> traced = new LinkedHashMap<>();

        Owner owner(String name) {
            return new Owner(name);
        }

        /** Adds objects on behalf of one dimension (or schema, or the model), counting per plugin. */
        final class Owner implements DimensionContext.Sink {
            private final String name;
            private final Map<String, Integer> counts = new HashMap<>();

            Owner(String name) {
                this.name = name;
            }

            @Override
            public void add(DbObject object, String plugin) {
                int ordinal = counts.merge(plugin, 1, Integer::sum) - 1;
                boolean first = !state.contains(object.id());
                state.add(object);
                if (first) {
                    traced.put(new Origin(name, plugin, ordinal), object);
                }
            }

            @Override
            public void require(VersionRequirement requirement) {
                state.require(requirement);
            }
        }
    }
}
