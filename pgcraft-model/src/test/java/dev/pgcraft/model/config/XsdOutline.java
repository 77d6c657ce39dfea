package dev.pgcraft.model.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The vocabulary an XML Schema accepts, flattened to comparable lines: one per element path
 * ({@code pgcraft/schema/simple}) and one per attribute with its use and value space
 * ({@code pgcraft/schema/@name required string}). Structure (order, occurrence) is left out on purpose:
 * the hand-written XSD uses choices and groups for the user's convenience, while JAXB generates sequences.
 */
final class XsdOutline {

    static final String XS = "http://www.w3.org/2001/XMLSchema";
    private static final int MAX_DEPTH = 20;

    private final Map<String, Element> complexTypes = new HashMap<>();
    private final Map<String, Element> simpleTypes = new HashMap<>();
    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Element> groups = new HashMap<>();
    private final TreeSet<String> lines = new TreeSet<>();

    private XsdOutline(List<Document> schemas) {
        for (Document schema : schemas) {
            for (Element top : children(schema.getDocumentElement())) {
                String name = top.getAttribute("name");
                switch (top.getLocalName()) {
                    case "complexType" -> complexTypes.put(name, top);
                    case "simpleType" -> simpleTypes.put(name, top);
                    case "element" -> elements.put(name, top);
                    case "group" -> groups.put(name, top);
                    default -> { }
                }
            }
        }
    }

    /** The outline of everything reachable from the top-level element {@code root}. */
    static TreeSet<String> of(List<Document> schemas, String root) {
        XsdOutline outline = new XsdOutline(schemas);
        Element rootElement = outline.elements.get(root);
        if (rootElement == null) {
            throw new IllegalArgumentException("no top-level element " + root);
        }
        outline.element("", rootElement, 0);
        return outline.lines;
    }

    private void element(String parentPath, Element element, int depth) {
        if (element.hasAttribute("ref")) {
            element = elements.get(local(element.getAttribute("ref")));
        }
        String path = parentPath.isEmpty() ? element.getAttribute("name") : parentPath + "/" + element.getAttribute("name");
        lines.add(path);
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("recursive vocabulary at " + path);
        }
        Element type = element.hasAttribute("type")
                ? complexTypes.get(local(element.getAttribute("type")))
                : child(element, "complexType");
        if (type != null) {
            content(path, type, depth + 1);
        }
    }

    /** Walks a complex type, model group or particle, collecting child elements and attributes. */
    private void content(String path, Element node, int depth) {
        for (Element child : children(node)) {
            switch (child.getLocalName()) {
                case "sequence", "choice", "all", "complexContent" -> content(path, child, depth);
                case "group" -> content(path, groups.get(local(child.getAttribute("ref"))), depth);
                case "extension", "restriction" -> {
                    Element base = complexTypes.get(local(child.getAttribute("base")));
                    if (base != null) {
                        content(path, base, depth);
                    }
                    content(path, child, depth);
                }
                case "element" -> element(path, child, depth);
                case "attribute" -> lines.add(path + "/@" + child.getAttribute("name") + " "
                        + ("required".equals(child.getAttribute("use")) ? "required" : "optional") + " "
                        + valueSpace(child));
                case "any", "anyAttribute" -> lines.add(path + "/" + child.getLocalName());
                default -> { }
            }
        }
    }

    /** {@code boolean}, {@code string} or {@code enum[a, b]}: what an IDE would offer for the attribute. */
    private String valueSpace(Element attribute) {
        Element simpleType = attribute.hasAttribute("type")
                ? simpleTypes.get(local(attribute.getAttribute("type")))
                : child(attribute, "simpleType");
        if (simpleType == null) {
            return local(attribute.getAttribute("type"));
        }
        Element restriction = child(simpleType, "restriction");
        List<String> values = new ArrayList<>();
        for (Element facet : children(restriction)) {
            if ("enumeration".equals(facet.getLocalName())) {
                values.add(facet.getAttribute("value"));
            }
        }
        return values.isEmpty() ? local(restriction.getAttribute("base")) : "enum" + values;
    }

    static List<Element> children(Node parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element child(Element parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).findFirst().orElse(null);
    }

    private static String local(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
