package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.SourceLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Gives the DOM elements of other namespaces their start-tag positions. JAXB builds those elements itself, with no
 * hook per element, so the position travels inside the element: {@link Stamper}, between the validator and JAXB,
 * adds a private attribute to every element of another namespace (and every element below one), and
 * {@link #attach} moves it into the element's user data, leaving the element as the user wrote it.
 */
final class ExtensionLocations {

    private static final String NAMESPACE = "urn:pgcraft:internal:location";
    private static final String ATTRIBUTE = "at";

    private ExtensionLocations() {
    }

    /** Puts each position of the subtree back into the stamp attribute, for a second binding of it. */
    static void restamp(Element element) {
        if (element.getUserData(ExtensionElement.LOCATION_KEY) instanceof SourceLocation at) {
            element.setAttributeNS(NAMESPACE, "pgcraft-internal-location:" + ATTRIBUTE, at.line() + ":" + at.column());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                restamp(childElement);
            }
        }
    }

    /** Moves each stamped position of the subtrees into {@link ExtensionElement#LOCATION_KEY}. */
    static void attach(List<Element> roots, String file) {
        for (Element root : roots) {
            attach(root, file);
        }
    }

    private static void attach(Element element, String file) {
        String at = element.getAttributeNS(NAMESPACE, ATTRIBUTE);
        if (!at.isEmpty()) {
            int colon = at.indexOf(':');
            element.setUserData(ExtensionElement.LOCATION_KEY, new SourceLocation(file,
                    Integer.parseInt(at.substring(0, colon)), Integer.parseInt(at.substring(colon + 1))), null);
            element.removeAttributeNS(NAMESPACE, ATTRIBUTE);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                attach(childElement, file);
            }
        }
    }

    /** Passes SAX events on (as a filter with no parent: only its content-handler side is used), stamping the position attribute onto elements of other namespaces. */
    static final class Stamper extends XMLFilterImpl {

        private final LocatingFilter filter;
        /** For each open element, whether it is (inside) an element of another namespace. */
        private final Deque<Boolean> foreign = new ArrayDeque<>();

        Stamper(ContentHandler next, LocatingFilter filter) {
            this.filter = filter;
            setContentHandler(next);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            boolean stamped = Boolean.TRUE.equals(foreign.peek())
                    || (uri != null && !uri.isEmpty() && !uri.equals(SchemaCatalog.CORE_NAMESPACE));
            foreign.push(stamped);
            SourceLocation at = filter.currentStartTag();
            if (stamped && at != null) {
                AttributesImpl withPosition = new AttributesImpl(atts);
                withPosition.addAttribute(NAMESPACE, ATTRIBUTE, "pgcraft-internal-location:" + ATTRIBUTE, "CDATA",
                        at.line() + ":" + at.column());
                super.startElement(uri, localName, qName, withPosition);
            } else {
                super.startElement(uri, localName, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            foreign.pop();
            super.endElement(uri, localName, qName);
        }
    }
}
