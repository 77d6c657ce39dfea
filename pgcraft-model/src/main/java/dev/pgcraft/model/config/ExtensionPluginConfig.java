package dev.pgcraft.model.config;

import java.util.Objects;

/**
 * A plugin element of another namespace inside {@code <plugins>}, e.g. {@code <acme:nanoid length="12"/>}: the jar
 * that defines the namespace turns it into a plugin.
 */
public final class ExtensionPluginConfig extends PluginConfig {

    private final ExtensionElement element;

    public ExtensionPluginConfig(ExtensionElement element) {
        this.element = Objects.requireNonNull(element, "element");
        setLocation(element.location());
    }

    /** The element as written, validated against its namespace's XSD. */
    public ExtensionElement element() {
        return element;
    }

    /** The element's local name, e.g. {@code nanoid}. */
    @Override
    public String kind() {
        return element.localName();
    }

    /** The element's namespace URI. */
    public String namespace() {
        return element.namespace();
    }
}
