package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.SourceLocation;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the element view ({@link ExtensionElement}) of a core dimension that JAXB bound, for its kind: the kind
 * SPI reads every dimension's element the same way, whether a jar's namespace or the core defines it.
 */
final class BoundElements {

    /** Found once: views are built per dimension, several times per build. */
    private static final DOMImplementation DOM = domImplementation();

    private BoundElements() {
    }

    private static DOMImplementation domImplementation() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK cannot build an empty DOM document", e);
        }
    }

    /** A new, empty document to build one view in. */
    static Document document() {
        return DOM.createDocument(null, null, null);
    }

    /**
     * A core element {@code name} at {@code location} with the attributes given as name, value pairs (a
     * {@code null} value is an attribute that was not written), appended to {@code parent} unless that is null.
     */
    static Element element(Document document, Element parent, String name, SourceLocation location,
                           String... attributes) {
        Element element = document.createElementNS(SchemaCatalog.CORE_NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                element.setAttributeNS(null, attributes[i], attributes[i + 1]);
            }
        }
        if (location != null) {
            element.setUserData(ExtensionElement.LOCATION_KEY, location, null);
        }
        if (parent != null) {
            parent.appendChild(element);
        }
        return element;
    }

    /** A core element holding {@code text} (an SQL query), appended to {@code parent}; nothing when text is null. */
    static void text(Document document, Element parent, String name, SourceLocation location, String text) {
        if (text != null) {
            element(document, parent, name, location).setTextContent(text);
        }
    }
}
