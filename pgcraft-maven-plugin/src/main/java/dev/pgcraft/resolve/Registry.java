package dev.pgcraft.resolve;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.Extension;
import dev.pgcraft.model.spi.PluginFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Everything the engine builds with, found through {@link ServiceLoader} on one class loader: dimension kinds and
 * plugin factories by namespace and element name, extensions by namespace. The Maven plugin passes its class realm, so
 * a jar under the pgcraft plugin's {@code <dependencies>} is found; pgcraft's own kinds and plugins are found the
 * same way ({@code META-INF/services} in this jar), and nothing here names one of them.
 */
public final class Registry {

    private final ClassLoader classLoader;
    private final Map<String, DimensionKind> kinds;
    private final Map<String, PluginFactory> factories;
    private final Map<String, Extension> extensions;

    private Registry(ClassLoader classLoader, Map<String, DimensionKind> kinds, Map<String, PluginFactory> factories,
                     Map<String, Extension> extensions) {
        this.classLoader = classLoader;
        this.kinds = Collections.unmodifiableMap(kinds);
        this.factories = Collections.unmodifiableMap(factories);
        this.extensions = Collections.unmodifiableMap(extensions);
    }

    /** The class loader it was filled from: also where {@code pgcraft.xml}'s extension XSDs are looked up. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * What pgcraft's own class loader offers: the built-ins, plus whatever shares its class path. Scanned once;
     * a registry of another loader is not kept, so a build tool that makes a class realm per build can let it go.
     */
    public static Registry builtin() {
        return Builtin.REGISTRY;
    }

    /** Holds the built-in registry; the JVM scans on first use, once. */
    private static final class Builtin {
        static final Registry REGISTRY = scan(Registry.class.getClassLoader());
    }

    /**
     * The kinds, factories and extensions {@code loader} offers ({@link ServiceLoader}, in the loader's order).
     *
     * @throws PgcraftException when a jar's service entry cannot be loaded, or two register the same name
     */
    public static Registry load(ClassLoader loader) {
        return loader == Registry.class.getClassLoader() ? builtin() : scan(loader);
    }

    private static Registry scan(ClassLoader loader) {
        Map<String, DimensionKind> kinds = new TreeMap<>();
        for (DimensionKind kind : services(DimensionKind.class, loader)) {
            DimensionKind other = kinds.putIfAbsent(key(kind.namespace(), kind.kind()), kind);
            if (other != null) {
                throw duplicate("dimension kind {" + kind.namespace() + "}" + kind.kind(), other, kind);
            }
        }
        Map<String, PluginFactory> factories = new TreeMap<>();
        for (PluginFactory factory : services(PluginFactory.class, loader)) {
            PluginFactory other = factories.putIfAbsent(key(factory.namespace(), factory.element()), factory);
            if (other != null) {
                throw duplicate("plugin element {" + factory.namespace() + "}" + factory.element(), other, factory);
            }
        }
        Map<String, Extension> extensions = new TreeMap<>();
        for (Extension extension : services(Extension.class, loader)) {
            Extension other = extensions.putIfAbsent(extension.namespace(), extension);
            if (other != null) {
                throw duplicate("extension namespace " + extension.namespace(), other, extension);
            }
        }
        return new Registry(loader, kinds, factories, extensions);
    }

    private static <T> List<T> services(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        try {
            ServiceLoader.load(type, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            throw new PgcraftException(Problem.of("PGC-PLUGIN-LOAD",
                    "a jar on the pgcraft plugin's class path registers a " + type.getSimpleName()
                            + " that cannot be loaded: " + e.getMessage(),
                    "Check the versions of the jars under the pgcraft plugin's <dependencies>: each must be built "
                            + "against this pgcraft version."));
        }
        return found;
    }

    private static PgcraftException duplicate(String what, Object first, Object second) {
        return new PgcraftException(Problem.of("PGC-PLUGIN-DUPLICATE-REGISTRATION",
                what + " is registered twice, by " + first.getClass().getName() + " and "
                        + second.getClass().getName(),
                "Keep one of the jars that provide it under the pgcraft plugin's <dependencies>."));
    }

    private static String key(String namespace, String element) {
        return "{" + namespace + "}" + element;
    }

    /**
     * The kind of a dimension element.
     *
     * @throws PgcraftException when no jar provides it
     */
    public DimensionKind kind(String namespace, String kind, SourceLocation where) {
        DimensionKind found = kinds.get(key(namespace, kind));
        if (found == null) {
            String written = PluginSpec.CORE_NAMESPACE.equals(namespace) ? kind : "{" + namespace + "}" + kind;
            throw new PgcraftException(Problem.at(where != null ? where : SourceLocation.of("pgcraft.xml"),
                    "PGC-KIND-UNKNOWN", "no dimension kind <" + written + "> is registered; known kinds: "
                            + String.join(", ", kinds.values().stream().map(Registry::written).toList()),
                    "Add the artifact that provides it under the pgcraft plugin's <dependencies>."));
        }
        return found;
    }

    /** The kind of {@code dimension}. */
    public DimensionKind kind(DimensionSpec dimension) {
        return kind(dimension.kindNamespace(), dimension.kind(), dimension.location());
    }

    /** Whether a kind claims elements {@code {namespace}element}. */
    public boolean claimsKind(String namespace, String element) {
        return kinds.containsKey(key(namespace, element));
    }

    /** Whether an extension implements {@code namespace}. */
    public boolean hasExtension(String namespace) {
        return extensions.containsKey(namespace);
    }

    /** A kind as a file writes it: {@code ledger}, or {@code {urn:acme:1}keyValue}. */
    private static String written(DimensionKind kind) {
        return PluginSpec.CORE_NAMESPACE.equals(kind.namespace()) ? kind.kind()
                : "{" + kind.namespace() + "}" + kind.kind();
    }

    /**
     * The factory of a plugin element.
     *
     * @throws PgcraftException naming the element and its position when no jar provides it
     */
    public PluginFactory factory(PluginSpec spec) {
        PluginFactory found = factories.get(key(spec.namespace(), spec.element()));
        if (found == null) {
            throw new PgcraftException(Problem.at(spec.location() != null ? spec.location()
                            : SourceLocation.of("pgcraft.xml"), "PGC-CONFIG-PLUGIN-UNKNOWN",
                    "No plugin on the pgcraft plugin's class path implements <" + spec.displayName() + ">"
                            + (PluginSpec.CORE_NAMESPACE.equals(spec.namespace()) ? ""
                            : ", although a jar there defines its namespace " + spec.namespace()) + ".",
                    "Add the artifact that implements it under the pgcraft plugin's <dependencies>."));
        }
        return found;
    }

    /**
     * The extension implementing the namespace of {@code element} (an element outside {@code <plugins>}).
     *
     * @throws PgcraftException at the element when no jar implements its namespace
     */
    public Extension extension(ExtensionElement element) {
        Extension found = extensions.get(element.namespace());
        if (found == null) {
            throw new PgcraftException(Problem.at(element.location(), "PGC-CONFIG-EXTENSION-UNKNOWN",
                    "No extension on the pgcraft plugin's class path implements <" + element.qualifiedName()
                            + ">, although a jar there defines its namespace " + element.namespace() + ".",
                    "Add the artifact that implements it under the pgcraft plugin's <dependencies>."));
        }
        return found;
    }

    /** Whether a factory is registered for that element. */
    public Optional<PluginFactory> factory(String namespace, String element) {
        return Optional.ofNullable(factories.get(key(namespace, element)));
    }

    /** The registered kinds by {@code {namespace}element}, sorted. */
    public Map<String, DimensionKind> kinds() {
        return kinds;
    }
}
