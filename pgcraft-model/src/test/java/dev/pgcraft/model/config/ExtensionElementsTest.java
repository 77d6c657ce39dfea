package dev.pgcraft.model.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The open part of pgcraft.xml: elements of other namespaces, validated against the XSD of the jar that defines
 * them (here a test "acme" jar: a folder with {@code META-INF/pgcraft/schemas.properties} and its XSD, on a class
 * loader of its own, as the user's plugin dependency would be in Maven).
 */
class ExtensionElementsTest {

    private static final String FILE = "src/main/pgcraft/pgcraft.xml";

    private static final String ACME_MODEL = """
            <pgcraft xmlns="urn:pgcraft:1" xmlns:acme="urn:acme:pgcraft:1">
              <plugins>
                <acme:nanoid length="12"/>
                <pk type="uuidv4"/>
                <acme:audit level="all"/>
              </plugins>
              <extensions>
                <acme:audit level="changes">
                  <acme:sink table="audit_log"/>
                </acme:audit>
              </extensions>
              <schema name="dim">
                <simple name="products">
                  <plugins>
                    <exclude plugin="acme:nanoid"/>
                    <exclude plugin="pk"/>
                  </plugins>
                  <column name="sku" type="text"/>
                  <acme:audit level="none"/>
                </simple>
                <acme:report name="skus"><acme:query>SELECT sku FROM dim.products</acme:query></acme:report>
                <ledger name="journal">
                  <column name="account" type="text"/>
                  <doubleEntry/>
                  <acme:audit/>
                </ledger>
              </schema>
            </pgcraft>
            """;

    @Test
    void elementsOfOtherNamespacesArriveWhereTheyWereWrittenWithTheirPositions() {
        PgcraftConfig config = read(ACME_MODEL, acme());

        List<PluginConfig> global = config.getPlugins();
        assertEquals(List.of("nanoid", "pk", "audit"), global.stream().map(PluginConfig::kind).toList());
        ExtensionPluginConfig nanoid = assertInstanceOf(ExtensionPluginConfig.class, global.get(0));
        assertEquals("urn:acme:pgcraft:1", nanoid.namespace());
        assertEquals(Optional.of("12"), nanoid.element().attribute("length"));
        assertEquals(FILE + ":3:5", nanoid.getLocation().toString());
        assertEquals(FILE + ":5:5", global.get(2).getLocation().toString());

        ExtensionElement extension = config.getExtensions().get(0);
        assertEquals("acme:audit", extension.qualifiedName());
        assertEquals(FILE + ":8:5", extension.location().toString());
        ExtensionElement sink = extension.children().get(0);
        assertEquals("sink", sink.localName());
        assertEquals(Optional.of("audit_log"), sink.attribute("table"));
        assertEquals(FILE + ":9:7", sink.location().toString());
        // The position travels out of band: the element holds only what the user wrote.
        assertEquals(List.of("table"), writtenAttributes(sink));
        assertEquals(List.of("level"), writtenAttributes(extension));

        SchemaConfig schema = config.getSchemas().get(0);
        ExtensionElement report = schema.getExtensionElements().get(0);
        assertEquals(FILE + ":21:5", report.location().toString());
        assertEquals("SELECT sku FROM dim.products", report.children().get(0).text());

        DimensionConfig products = schema.getDimensions().get(0);
        assertEquals(List.of("audit"), products.getExtensionElements().stream().map(ExtensionElement::localName)
                .toList());
        assertEquals(FILE + ":19:7", products.getExtensionElements().get(0).location().toString());
        assertEquals(List.of("urn:acme:pgcraft:1 nanoid acme:nanoid " + FILE + ":15:9",
                        "urn:pgcraft:1 pk pk " + FILE + ":16:9"),
                products.getExcludedPlugins().stream().map(e -> e.getNamespace() + " " + e.getLocalName() + " " + e
                        + " " + e.getLocation()).toList());
        DimensionConfig journal = schema.getDimensions().get(1);
        assertEquals(FILE + ":25:7", journal.getExtensionElements().get(0).location().toString());
        assertFalse(((LedgerDimensionConfig) journal).getDoubleEntry() == null);
    }

    @Test
    void aFileWithoutOtherNamespacesReadsAsBefore() {
        PgcraftConfig config = read("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="dim"><simple name="a"><column name="x" type="text"/></simple></schema>
                </pgcraft>
                """, acme());
        assertEquals(List.of(), config.getExtensions());
        assertEquals(List.of(), config.getSchemas().get(0).getExtensionElements());
        assertEquals(List.of(), config.getSchemas().get(0).getDimensions().get(0).getExtensionElements());
        assertEquals(List.of(), config.getSchemas().get(0).getDimensions().get(0).getExcludedPlugins());
    }

    @Test
    void anElementOfANamespaceNoJarDefinesNamesTheNamespaceAndWhatToAdd() {
        assertProblems(ACME_MODEL, ExtensionElementsTest.class.getClassLoader(),
                "PGC-CONFIG-UNKNOWN-NAMESPACE " + FILE + ":3:5: <acme:nanoid> is in namespace \"urn:acme:pgcraft:1\", "
                        + "which no jar on the pgcraft plugin's class path defines (found: urn:pgcraft:1).",
                "PGC-CONFIG-UNKNOWN-NAMESPACE " + FILE + ":5:5: <acme:audit> is in namespace \"urn:acme:pgcraft:1\", "
                        + "which no jar on the pgcraft plugin's class path defines (found: urn:pgcraft:1).",
                "PGC-CONFIG-UNKNOWN-NAMESPACE " + FILE + ":8:5: <acme:audit> is in namespace \"urn:acme:pgcraft:1\", "
                        + "which no jar on the pgcraft plugin's class path defines (found: urn:pgcraft:1).",
                "PGC-CONFIG-UNKNOWN-NAMESPACE " + FILE + ":19:7: <acme:audit> is in namespace \"urn:acme:pgcraft:1\", "
                        + "which no jar on the pgcraft plugin's class path defines (found: urn:pgcraft:1).",
                "PGC-CONFIG-UNKNOWN-NAMESPACE " + FILE + ":21:5: <acme:report> is in namespace \"urn:acme:pgcraft:1\", "
                        + "which no jar on the pgcraft plugin's class path defines (found: urn:pgcraft:1).",
                "PGC-CONFIG-UNKNOWN-NAMESPACE " + FILE + ":25:7: <acme:audit> is in namespace \"urn:acme:pgcraft:1\", "
                        + "which no jar on the pgcraft plugin's class path defines (found: urn:pgcraft:1).");
        PgcraftException e = assertThrows(PgcraftException.class, () -> read(ACME_MODEL,
                ExtensionElementsTest.class.getClassLoader()));
        assertEquals("Add the artifact that provides it under the pgcraft plugin's <dependencies> in pom.xml, or "
                + "correct the namespace URI in xmlns.", e.problems().get(0).fix());
    }

    @Test
    void extensionElementsAreValidatedStrictlyAgainstTheirOwnXsd() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1" xmlns:acme="urn:acme:pgcraft:1">
                  <plugins>
                    <acme:nanoidd/>
                    <acme:nanoid length="twelve"/>
                    <acme:nanoid size="12"/>
                  </plugins>
                  <extensions>
                    <acme:audit><acme:sink table="Audit Log"/><acme:other/></acme:audit>
                  </extensions>
                </pgcraft>
                """, acme(),
                "PGC-CONFIG-UNKNOWN-ELEMENT " + FILE + ":3:5: Unknown element <acme:nanoidd>: the schema acme-1.xsd "
                        + "(namespace urn:acme:pgcraft:1) declares no element \"nanoidd\".",
                "PGC-CONFIG-INVALID " + FILE + ":4:5: Invalid value \"twelve\" for length on <acme:nanoid>: 'twelve' is "
                        + "not a valid value for 'integer'.",
                "PGC-CONFIG-UNKNOWN-ATTRIBUTE " + FILE + ":5:5: Unknown attribute \"size\" on <acme:nanoid>.",
                "PGC-CONFIG-BAD-IDENTIFIER " + FILE + ":8:17: Invalid name \"Audit Log\" for table on <acme:sink>; "
                        + "expected a PostgreSQL identifier of lower-case ASCII letters, digits, _ and $, not starting "
                        + "with a digit or $.",
                "PGC-CONFIG-UNEXPECTED-ELEMENT " + FILE + ":8:47: Unexpected element <other> in namespace "
                        + "\"urn:acme:pgcraft:1\" in <audit>; allowed here: <sink> in namespace \"urn:acme:pgcraft:1\".");
    }

    @Test
    void excludeBelongsToADimensionsPlugins() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <plugins><exclude plugin="pk"/></plugins>
                </pgcraft>
                """, acme(),
                "PGC-CONFIG-UNEXPECTED-ELEMENT " + FILE + ":2:12: Unexpected element <exclude> in <plugins>; allowed "
                        + "here: <pk>, <tenant>, <timestamps>, an element of another namespace (a plugin or extension).");
    }

    @Test
    void twoJarsDefiningOneNamespaceAreRefused() throws Exception {
        ClassLoader both = new URLClassLoader(new URL[] {folder("acme"), folder("acme-clash")},
                ExtensionElementsTest.class.getClassLoader());
        PgcraftException e = assertThrows(PgcraftException.class, () -> read(ACME_MODEL, both));
        assertEquals("PGC-CONFIG-NAMESPACE-TWICE", e.problems().get(0).code());
        assertEquals("Keep one of them under the pgcraft plugin's <dependencies>.", e.problems().get(0).fix());
    }

    /** The element's attributes other than namespace declarations (which the DOM keeps for QName values). */
    private static List<String> writtenAttributes(ExtensionElement element) {
        org.w3c.dom.NamedNodeMap attributes = element.element().getAttributes();
        return java.util.stream.IntStream.range(0, attributes.getLength()).mapToObj(attributes::item)
                .filter(a -> !"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()))
                .map(org.w3c.dom.Node::getNodeName).toList();
    }

    private static ClassLoader acme() {
        return new URLClassLoader(new URL[] {folder("acme")}, ExtensionElementsTest.class.getClassLoader());
    }

    private static URL folder(String name) {
        return ExtensionElementsTest.class.getResource("/extensions/" + name + "/");
    }

    private static PgcraftConfig read(String xml, ClassLoader classPath) {
        return ConfigReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILE, classPath);
    }

    private static void assertProblems(String xml, ClassLoader classPath, String... expected) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> read(xml, classPath));
        assertEquals(List.of(expected), e.problems().stream().map(ExtensionElementsTest::line).toList());
    }

    private static String line(Problem problem) {
        return problem.code() + " " + problem.location() + ": " + problem.message();
    }
}
