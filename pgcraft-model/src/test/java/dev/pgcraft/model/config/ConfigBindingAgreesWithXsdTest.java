package dev.pgcraft.model.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.SchemaOutputResolver;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The binding is hand-written (see package-info), so nothing but this test keeps it in step with
 * {@code pgcraft-1.xsd}: the schema JAXB derives from the annotated classes must accept exactly the same
 * elements, attributes and enumeration values as the schema users see. Adding an attribute, element or
 * enum constant to one side only fails here.
 */
class ConfigBindingAgreesWithXsdTest {

    @Test
    void bindingBindsExactlyWhatTheXsdDeclares() throws Exception {
        TreeSet<String> xsd = XsdOutline.of(List.of(handWrittenXsd()), "pgcraft");
        TreeSet<String> binding = XsdOutline.of(generatedFromBinding(), "pgcraft");

        TreeSet<String> onlyInXsd = new TreeSet<>(xsd);
        onlyInXsd.removeAll(binding);
        TreeSet<String> onlyInBinding = new TreeSet<>(binding);
        onlyInBinding.removeAll(xsd);
        assertEquals("", describe("only in pgcraft-1.xsd", onlyInXsd) + describe("only in the JAXB binding", onlyInBinding));
        // Guard against a walker that silently finds nothing on both sides.
        assertTrue(xsd.contains("pgcraft/schema/simple/column/@onDelete optional "
                + "enum[noAction, restrict, cascade, setNull, setDefault]"), String.join("\n", xsd));
        assertTrue(xsd.contains("pgcraft/plugins/pk/@type optional enum[identity, serial, uuidv4, uuidv7]"));
        assertTrue(xsd.contains("pgcraft/schema/simple/plugins/pk"));
    }

    @Test
    void everyElementAttributeAndEnumerationValueIsDocumented() throws Exception {
        Document xsd = handWrittenXsd();
        List<String> undocumented = new ArrayList<>();
        for (String kind : List.of("element", "attribute", "enumeration")) {
            NodeList nodes = xsd.getElementsByTagNameNS(XsdOutline.XS, kind);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element node = (Element) nodes.item(i);
                if (!documented(node)) {
                    undocumented.add(kind + " " + node.getAttribute("name") + node.getAttribute("value"));
                }
            }
        }
        assertEquals(List.of(), undocumented);
    }

    private static boolean documented(Element node) {
        for (Element annotation : XsdOutline.children(node)) {
            if ("annotation".equals(annotation.getLocalName())) {
                for (Element doc : XsdOutline.children(annotation)) {
                    if ("documentation".equals(doc.getLocalName()) && !doc.getTextContent().isBlank()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Document handWrittenXsd() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = ConfigReader.class.getResourceAsStream(ConfigReader.XSD_RESOURCE)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Document> generatedFromBinding() throws Exception {
        List<DOMResult> results = new ArrayList<>();
        JAXBContext.newInstance(PgcraftConfig.class).generateSchema(new SchemaOutputResolver() {
            @Override
            public DOMResult createOutput(String namespaceUri, String suggestedFileName) {
                DOMResult result = new DOMResult();
                result.setSystemId(suggestedFileName);
                results.add(result);
                return result;
            }
        });
        return results.stream().map(r -> (Document) r.getNode()).toList();
    }

    private static String describe(String label, TreeSet<String> lines) {
        return lines.isEmpty() ? "" : label + ":\n  " + String.join("\n  ", lines) + "\n";
    }
}
