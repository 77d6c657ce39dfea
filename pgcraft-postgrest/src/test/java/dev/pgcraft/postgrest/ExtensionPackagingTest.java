package dev.pgcraft.postgrest;

import dev.pgcraft.model.config.SchemaCatalog;
import dev.pgcraft.model.spi.Extension;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.SchemaFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The jar is an extension pgcraft finds on its own: ServiceLoader gives the extension for its namespace, the schema
 * catalog lists its XSD, the XSD compiles, and every element, attribute and enumeration value in it is documented
 * (what an IDE shows while completing pgcraft.xml).
 */
class ExtensionPackagingTest {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @Test
    void serviceLoaderFindsTheExtensionForItsNamespace() {
        List<String> namespaces = new ArrayList<>();
        ServiceLoader.load(Extension.class).forEach(extension -> namespaces.add(extension.namespace()));
        assertEquals(List.of("urn:pgcraft:postgrest:1"), namespaces);
    }

    @Test
    void theSchemaCatalogListsAnXsdThatCompiles() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        SchemaCatalog.SchemaFile file = SchemaCatalog.found(loader).forNamespace(PostgrestExtension.NAMESPACE)
                .orElseThrow();
        assertEquals("pgcraft-postgrest-1.xsd", file.fileName());
        assertNotNull(SchemaFactory.newInstance(XS).newSchema(file.url(loader)));
    }

    @Test
    void everyElementAttributeAndEnumerationIsDocumented() throws Exception {
        Document xsd;
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = getClass().getResourceAsStream("/dev/pgcraft/postgrest/xsd/pgcraft-postgrest-1.xsd")) {
            xsd = factory.newDocumentBuilder().parse(in);
        }
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        for (String kind : List.of("element", "attribute", "enumeration")) {
            NodeList nodes = xsd.getElementsByTagNameNS(XS, kind);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element node = (Element) nodes.item(i);
                checked++;
                if (!documented(node)) {
                    undocumented.add(kind + " " + node.getAttribute("name") + node.getAttribute("value"));
                }
            }
        }
        assertTrue(checked > 15, "checked " + checked);
        assertEquals(List.of(), undocumented);
    }

    private static boolean documented(Element node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element annotation && "annotation".equals(annotation.getLocalName())) {
                NodeList docs = annotation.getElementsByTagNameNS(XS, "documentation");
                return docs.getLength() > 0 && !docs.item(0).getTextContent().isBlank();
            }
        }
        return false;
    }
}
