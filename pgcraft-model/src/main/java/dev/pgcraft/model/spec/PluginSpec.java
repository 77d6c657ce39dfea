package dev.pgcraft.model.spec;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.SourceLocation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One element of a {@code <plugins>} list, global or of a dimension: its namespace and name (what picks the
 * {@link dev.pgcraft.model.spi.PluginFactory}) and its attributes as written, which its XSD has already checked.
 *
 * @param namespace  the element's XML namespace ({@value #CORE_NAMESPACE} for built-ins)
 * @param element    the element's local name, e.g. {@code pk}
 * @param attributes attribute name → value as written; attributes left out are absent (apply your default)
 * @param location   where the element is
 * @param dom        the element as written, with its children, for a plugin of another namespace (whose XSD has
 *                   validated it); {@code null} for pgcraft's own elements, which are read for you
 */
public record PluginSpec(String namespace, String element, Map<String, String> attributes, SourceLocation location,
                         ExtensionElement dom) {

    /** The namespace of pgcraft's own elements. */
    public static final String CORE_NAMESPACE = "urn:pgcraft:1";

    public PluginSpec {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(element, "element");
        // Sorted, so two specs of the same element compare and print alike.
        attributes = java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** A core element's spec: its attributes as written. */
    public static PluginSpec core(String element, Map<String, String> attributes, SourceLocation location) {
        return new PluginSpec(CORE_NAMESPACE, element, attributes, location, null);
    }

    /** The attribute's value as written, if present. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** {@code element} for a core plugin, the name as written ({@code acme:nanoid}) for any other. */
    public String displayName() {
        if (CORE_NAMESPACE.equals(namespace)) {
            return element;
        }
        return dom != null ? dom.qualifiedName() : "{" + namespace + "}" + element;
    }
}
