package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An element of a namespace other than pgcraft's core, as the user wrote it: a third-party plugin in
 * {@code <plugins>}, an extension in {@code <extensions>}, an object an extension defines in {@code <schema>}, or an
 * extension's settings at the end of a dimension. {@link ConfigReader} has validated it, strictly, against the XSD
 * of the jar that defines its namespace, so its implementation reads attributes and children it knows are there.
 *
 * <p>The element is a DOM node (the jar that owns the namespace binds it as it likes: by hand or with its own JAXB
 * classes); each element of its subtree knows where its start tag is, through {@link #children()} or
 * {@link #locationOf(Element)}.
 *
 * @param element  the element, with its attributes and children as written
 * @param location where its start tag begins
 */
public record ExtensionElement(Element element, SourceLocation location) {

    /** The DOM user-data key under which {@link ConfigReader} stores each element's start-tag location. */
    static final String LOCATION_KEY = "dev.pgcraft.location";

    public ExtensionElement {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(location, "location");
    }

    /** Wraps an element read by {@link ConfigReader}; its location was attached while reading. */
    public static ExtensionElement of(Element element) {
        return new ExtensionElement(element, locationOf(element));
    }

    /**
     * Where the start tag of {@code element} (this element or one below it) begins. Only elements that
     * {@link ConfigReader} read have one; for an element built in code the location says only "unknown".
     */
    public static SourceLocation locationOf(Element element) {
        Object location = element.getUserData(LOCATION_KEY);
        return location instanceof SourceLocation known ? known : SourceLocation.of("(built in code)");
    }

    /** The element's namespace URI, e.g. {@code urn:acme:pgcraft:1}. */
    public String namespace() {
        return element.getNamespaceURI();
    }

    /** The element's name without prefix, e.g. {@code nanoid}. */
    public String localName() {
        return element.getLocalName();
    }

    /** The element as the user wrote its name, e.g. {@code acme:nanoid}. */
    public String qualifiedName() {
        return element.getTagName();
    }

    /**
     * An attribute without a namespace (the usual kind, {@code attributeFormDefault="unqualified"}), or empty when it
     * is absent. A default the XSD declares is not applied: the implementation applies its own.
     */
    public Optional<String> attribute(String name) {
        return element.hasAttributeNS(null, name) ? Optional.of(element.getAttributeNS(null, name)) : Optional.empty();
    }

    /** The child elements in document order, each with its location. */
    public List<ExtensionElement> children() {
        List<ExtensionElement> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(of(childElement));
            }
        }
        return List.copyOf(children);
    }

    /** The text content (for an element such as {@code <query>SQL</query>}). */
    public String text() {
        return element.getTextContent();
    }

    @Override
    public String toString() {
        return "<" + qualifiedName() + "> at " + location;
    }
}
