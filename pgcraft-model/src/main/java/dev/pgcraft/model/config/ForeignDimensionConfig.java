package dev.pgcraft.model.config;

import jakarta.xml.bind.Binder;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A dimension of a kind that a jar defines in its own namespace, e.g. {@code <acme:keyValue name="settings">} inside a
 * {@code <schema>}. The kind's XSD extends the core {@code DimensionType}, so the element's members are the core's
 * own {@code <plugins>}, {@code <column>}, {@code <check>} and {@code <index>} (namespace {@code urn:pgcraft:1}):
 * they are bound here exactly as in a core dimension, so every rule, rename and spec treats both alike. The
 * element itself, with its kind's attributes and children, stays as written ({@link #kindElement()}).
 */
@XmlType(name = "ForeignDimensionType")
public final class ForeignDimensionConfig extends DimensionConfig {

    @XmlTransient
    private ExtensionElement element;

    /** For JAXB. */
    private ForeignDimensionConfig() {
    }

    /**
     * Binds the core members of {@code element}, an element of another namespace that a registered kind claims; each
     * member keeps the position {@link ConfigReader} gave it.
     */
    public static ForeignDimensionConfig bind(ExtensionElement element) {
        Objects.requireNonNull(element, "element");
        String file = element.location().file();
        // JAXB copies the DOM of elements it keeps unbound (a third-party plugin in the dimension's <plugins>, an
        // extension's settings at its end): the positions travel in the stamp attribute, as while reading.
        ExtensionLocations.restamp(element.element());
        try {
            Binder<Node> binder = ConfigReader.bindingContext().createBinder();
            ForeignDimensionConfig config = binder.unmarshal(element.element(), ForeignDimensionConfig.class)
                    .getValue();
            config.element = element;
            config.setLocation(element.location());
            List<Located> members = new ArrayList<>();
            members.addAll(config.getColumns());
            members.addAll(config.getChecks());
            members.addAll(config.getIndexes());
            DimensionPluginsConfig plugins = config.pluginsElement();
            if (plugins != null) {
                members.add(plugins);
                members.addAll(plugins.boundPlugins());
                members.addAll(plugins.getExcludes());
            }
            for (Located member : members) {
                if (binder.getXMLNode(member) instanceof Element bound) {
                    member.setLocation(ExtensionElement.locationOf(bound));
                }
            }
            ExtensionLocations.attach(config.extensionDom(), file);
            return config;
        } catch (JAXBException e) {
            // The kind's XSD extends DimensionType and the element was validated against it: a binding bug.
            throw new IllegalStateException("cannot bind the core members of " + element, e);
        } finally {
            ExtensionLocations.attach(List.of(element.element()), file);
        }
    }

    /** The element's local name, e.g. {@code keyValue}. */
    @Override
    public String kind() {
        return element.localName();
    }

    @Override
    public String kindNamespace() {
        return element.namespace();
    }

    @Override
    public ExtensionElement kindElement() {
        return element;
    }
}
