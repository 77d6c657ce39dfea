package dev.pgcraft.model.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    private static final String FILE = "src/main/pgcraft/pgcraft.xml";

    @Test
    void readsCompleteFileWithValuesAndLocations() throws Exception {
        PgcraftConfig config;
        try (InputStream in = getClass().getResourceAsStream("/config/complete.xml")) {
            config = ConfigReader.read(in, "complete.xml");
        }
        assertEquals("complete.xml:2:1", config.getLocation().toString());
        assertEquals(1, config.getPlugins().size());
        PkPluginConfig globalPk = (PkPluginConfig) config.getPlugins().get(0);
        assertEquals(PkType.UUIDV7, globalPk.getType());
        assertEquals("complete.xml:5:5", globalPk.getLocation().toString());

        assertEquals(List.of("dim", "ops"), config.getSchemas().stream().map(SchemaConfig::getName).toList());
        SchemaConfig dim = config.getSchemas().get(0);
        assertEquals("complete.xml:7:3", dim.getLocation().toString());
        assertEquals(List.of("categories", "products"),
                dim.getDimensions().stream().map(DimensionConfig::getName).toList());
        assertTrue(config.getSchemas().get(1).getDimensions().isEmpty());

        DimensionConfig products = dim.getDimensions().get(1);
        assertEquals("simple", products.kind());
        assertEquals("Things we sell", products.getComment());
        assertEquals("items", products.getPreviousName());
        assertEquals("complete.xml:11:5", products.getLocation().toString());
        assertEquals(PkType.SERIAL, ((PkPluginConfig) products.getPlugins().get(0)).getType());
        assertEquals("complete.xml:12:16", products.getPlugins().get(0).getLocation().toString());
        assertTrue(dim.getDimensions().get(0).getPlugins().isEmpty());

        // Columns, checks and indexes are interleaved in the file; each list keeps its own document order.
        assertEquals(List.of("sku", "title", "category_id", "price"),
                products.getColumns().stream().map(ColumnConfig::getName).toList());
        ColumnConfig sku = products.getColumns().get(0);
        assertFalse(sku.isNullable());
        assertTrue(sku.isUnique());
        ColumnConfig title = products.getColumns().get(1);
        assertEquals("varchar(200)", title.getType());
        assertEquals("name", title.getPreviousName());
        assertEquals("Shown in the shop", title.getComment());
        assertEquals("complete.xml:15:7", title.getLocation().toString());
        ColumnConfig category = products.getColumns().get(2);
        assertEquals("dim.categories", category.getReferences());
        assertEquals(ReferentialAction.RESTRICT, category.getOnDelete());
        assertEquals(ReferentialAction.CASCADE, category.getOnUpdate());
        assertEquals("complete.xml:17:7", category.getLocation().toString());
        ColumnConfig price = products.getColumns().get(3);
        assertEquals("0", price.getDefault());
        assertTrue(price.isNullable());
        assertFalse(price.isUnique());
        assertNull(price.getReferences());
        assertNull(price.getOnDelete());

        CheckConfig check = products.getChecks().get(0);
        assertEquals("price_positive", check.getName());
        assertEquals("price >= 0", check.getExpression());
        assertEquals("complete.xml:14:7", check.getLocation().toString());

        IndexConfig byTitle = products.getIndexes().get(0);
        assertEquals("products_title_sku", byTitle.getName());
        assertEquals(List.of("title", "sku"), byTitle.getColumns());
        assertEquals(IndexMethod.HASH, byTitle.getUsing());
        assertNull(byTitle.getExpression());
        IndexConfig bySku = products.getIndexes().get(1);
        assertNull(bySku.getName());
        assertTrue(bySku.getColumns().isEmpty());
        assertEquals("lower(sku)", bySku.getExpression());
        assertTrue(bySku.isUnique());
        assertEquals("price > 0", bySku.getWhere());
        assertEquals(IndexMethod.BTREE, bySku.getUsing());
        assertEquals("complete.xml:20:7", bySku.getLocation().toString());
    }

    @Test
    void absentAttributesAndPluginsTakeTheirDefaults() {
        PgcraftConfig config = read("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                    <simple name="t"><plugins><pk/></plugins><index columns="a"/></simple>
                  </schema>
                </pgcraft>
                """);
        assertTrue(config.getPlugins().isEmpty());
        DimensionConfig t = config.getSchemas().get(0).getDimensions().get(0);
        assertEquals(PkType.IDENTITY, ((PkPluginConfig) t.getPlugins().get(0)).getType());
        assertEquals(IndexMethod.BTREE, t.getIndexes().get(0).getUsing());
        assertFalse(t.getIndexes().get(0).isUnique());
        assertNull(t.getComment());
        assertNull(t.getPreviousName());
    }

    @Test
    void unexpectedElementSaysWhatIsAllowedThere() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                    <simple name="t">
                      <colum name="a" type="text"/>
                    </simple>
                  </schema>
                </pgcraft>
                """,
                "PGC-CONFIG-UNEXPECTED-ELEMENT " + FILE + ":4:7: Unexpected element <colum> in <simple>; allowed here: "
                        + "<plugins>, <column>, <check>, <index>, an element of another namespace (a plugin or extension).");
    }

    @Test
    void elementOutOfOrderSaysWhatIsAllowedThere() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s"/>
                  <plugins/>
                </pgcraft>
                """,
                "PGC-CONFIG-UNEXPECTED-ELEMENT " + FILE + ":3:3: Unexpected element <plugins> in <pgcraft>; "
                        + "allowed here: <schema>.");
    }

    @Test
    void missingRequiredAttribute() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                    <simple name="t">
                      <column name="a"/>
                    </simple>
                  </schema>
                </pgcraft>
                """,
                "PGC-CONFIG-MISSING-ATTRIBUTE " + FILE + ":4:7: <column> is missing the required attribute \"type\".");
    }

    @Test
    void badEnumerationValueListsTheAllowedValues() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <plugins>
                    <pk type="uuid"/>
                  </plugins>
                </pgcraft>
                """,
                "PGC-CONFIG-BAD-VALUE " + FILE + ":3:5: Invalid value \"uuid\" for type on <pk>; allowed values: "
                        + "identity, serial, uuidv4, uuidv7.");
    }

    @Test
    void badBoolean() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                    <simple name="t">
                      <column name="a" type="text" nullable="no"/>
                    </simple>
                  </schema>
                </pgcraft>
                """,
                "PGC-CONFIG-BAD-BOOLEAN " + FILE + ":4:7: Invalid value \"no\" for nullable on <column>; "
                        + "expected true or false.");
    }

    @Test
    void unknownAttribute() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                    <simple name="t">
                      <column name="a" type="text" nulable="false"/>
                    </simple>
                  </schema>
                </pgcraft>
                """,
                "PGC-CONFIG-UNKNOWN-ATTRIBUTE " + FILE + ":4:7: Unknown attribute \"nulable\" on <column>; allowed: "
                        + "name, type, nullable, default, unique, comment, references, onDelete, onUpdate, previousName.");
    }

    @Test
    void upperCaseIdentifierIsRejectedWithASuggestion() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> read("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="Sales"/>
                </pgcraft>
                """));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-CONFIG-BAD-IDENTIFIER", problem.code());
        assertEquals(FILE + ":2:3", problem.location().toString());
        assertEquals("Invalid name \"Sales\" for name on <schema>; expected a PostgreSQL identifier of lower-case "
                + "ASCII letters, digits, _ and $, not starting with a digit or $.", problem.message());
        assertEquals("Use \"sales\" instead.", problem.fix());
    }

    @Test
    void rootWithoutNamespaceSaysHowToWriteIt() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> read("""
                <pgcraft>
                  <schema name="s"/>
                </pgcraft>
                """));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem problem = e.problems().get(0);
        assertEquals("PGC-CONFIG-NAMESPACE " + FILE + ":1:1: The root element must be <pgcraft> in namespace "
                + "urn:pgcraft:1, but found <pgcraft> without a namespace.", line(problem));
        assertEquals("Start the file with <pgcraft xmlns=\"urn:pgcraft:1\">.", problem.fix());
    }

    @Test
    void otherRootElementIsNamed() {
        assertProblems("""
                <?xml version="1.0"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"/>
                """,
                "PGC-CONFIG-NAMESPACE " + FILE + ":2:1: The root element must be <pgcraft> in namespace urn:pgcraft:1, "
                        + "but found <project> in namespace \"http://maven.apache.org/POM/4.0.0\".");
    }

    @Test
    void malformedXmlIsOneProblemWithPosition() {
        assertProblems("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                </pgcraft>
                """,
                "PGC-CONFIG-MALFORMED " + FILE + ":3:3: The file is not well-formed XML: The element type \"schema\" "
                        + "must be terminated by the matching end-tag \"</schema>\".");
    }

    @Test
    void doctypeIsRefusedAndNoExternalEntityIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE pgcraft [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<pgcraft xmlns=\"urn:pgcraft:1\"><schema name=\"&leak;\"/></pgcraft>\n";
        PgcraftException e = assertThrows(PgcraftException.class, () -> read(xml));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("PGC-CONFIG-DOCTYPE " + FILE + ":2:10: DOCTYPE declarations are not allowed in pgcraft.xml; "
                + "DTDs and entities are never read.", line(e.problems().get(0)));
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    }

    @Test
    void missingFileSaysHowToCreateOne(@TempDir Path dir) {
        Path file = dir.resolve("pgcraft.xml");
        PgcraftException e = assertThrows(PgcraftException.class, () -> ConfigReader.read(file, FILE));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-CONFIG-NOT-FOUND", problem.code());
        assertEquals("No pgcraft configuration file: " + FILE + " does not exist (looked for "
                + file.toAbsolutePath() + ").", problem.message());
        assertEquals("Run mvn pgcraft:init to create one, or set pgcraft.config to the file you use.", problem.fix());
    }

    @Test
    void readsFromPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pgcraft.xml");
        Files.writeString(file, "<pgcraft xmlns=\"urn:pgcraft:1\"><schema name=\"s\"/></pgcraft>");
        PgcraftConfig config = ConfigReader.read(file, FILE);
        assertEquals(FILE + ":1:32", config.getSchemas().get(0).getLocation().toString());
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> read("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s" owner="me">
                    <simple name="t">
                      <column name="a" type="text" unique="maybe"/>
                      <index columns="a" using="btre"/>
                      <column type="text"/>
                      <view/>
                    </simple>
                  </schema>
                </pgcraft>
                """));
        assertEquals(List.of(
                "PGC-CONFIG-UNKNOWN-ATTRIBUTE " + FILE + ":2:3: Unknown attribute \"owner\" on <schema>; allowed: name.",
                "PGC-CONFIG-BAD-BOOLEAN " + FILE + ":4:7: Invalid value \"maybe\" for unique on <column>; "
                        + "expected true or false.",
                "PGC-CONFIG-BAD-VALUE " + FILE + ":5:7: Invalid value \"btre\" for using on <index>; allowed values: "
                        + "btree, hash, gin, gist, brin, spgist.",
                "PGC-CONFIG-MISSING-ATTRIBUTE " + FILE + ":6:7: <column> is missing the required attribute \"name\".",
                "PGC-CONFIG-UNEXPECTED-ELEMENT " + FILE + ":7:7: Unexpected element <view> in <simple>; allowed here: "
                        + "<column>, <check>, <index>, an element of another namespace (a plugin or extension)."),
                e.problems().stream().map(ConfigReaderTest::line).toList());
        assertTrue(e.getMessage().startsWith("5 problems:"), e.getMessage());
    }

    @Test
    void messagesAreEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertProblems("""
                    <pgcraft xmlns="urn:pgcraft:1">
                      <schema/>
                    </pgcraft>
                    """,
                    "PGC-CONFIG-MISSING-ATTRIBUTE " + FILE + ":2:3: <schema> is missing the required attribute \"name\".");
        } finally {
            Locale.setDefault(before);
        }
    }

    // Encoding errors (issue 10, defect 5): the position of the first bad byte, line and column in characters
    // (è, û and 😀 count one each), the bytes, and the encoding the file was read in and why.

    @Test
    void aLatin1ByteInAUtf8FileIsPlacedAndNamed() {
        byte[] bytes = concat("""
                <pgcraft xmlns="urn:pgcraft:1">
                  <schema name="s">
                    <simple name="t" comment="Crème brûl""", bytes(0xE9), "e\"/>\n  </schema>\n</pgcraft>\n");
        assertEncodingProblem(bytes, FILE + ":3:41: Byte 0xE9 is not valid UTF-8 (a lead byte not followed by the"
                + " continuation bytes it needs, as in a file saved as ISO-8859-1 or windows-1252); the file is read"
                + " as UTF-8 because it declares no encoding. [PGC-CONFIG-ENCODING]", "Save the file as UTF-8, or"
                + " declare the encoding it is saved in on its first line, e.g. <?xml version=\"1.0\""
                + " encoding=\"ISO-8859-1\"?>.");
    }

    @Test
    void anOverlongSequenceIsPlacedAndNamed() {
        byte[] bytes = concat("<pgcraft xmlns=\"urn:pgcraft:1\">\n  <schema name=\"\uD83D\uDE00a",
                bytes(0xC0, 0xAF), "b\"/>\n</pgcraft>\n");
        assertEncodingProblem(bytes, FILE + ":2:19: Bytes 0xC0 0xAF are not valid UTF-8 (an overlong encoding); the"
                + " file is read as UTF-8 because it declares no encoding. [PGC-CONFIG-ENCODING]", "Save the file as"
                + " UTF-8, or declare the encoding it is saved in on its first line, e.g. <?xml version=\"1.0\""
                + " encoding=\"ISO-8859-1\"?>.");
    }

    @Test
    void anEncodedSurrogateIsPlacedAndNamedAcrossCrLfLines() {
        byte[] bytes = concat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<pgcraft xmlns=\"urn:pgcraft:1\">\r\n"
                + "  <schema name=\"s\"/>\r\n  <!-- ", bytes(0xED, 0xA0, 0x80), " -->\r\n</pgcraft>\r\n");
        assertEncodingProblem(bytes, FILE + ":4:8: Bytes 0xED 0xA0 0x80 are not valid UTF-8 (a UTF-16 surrogate,"
                + " which UTF-8 may not encode); the file is read as UTF-8, as its XML declaration says."
                + " [PGC-CONFIG-ENCODING]", "Save the file in UTF-8, or correct the encoding in its XML declaration.");
    }

    @Test
    void aByteOutsideTheDeclaredEncodingIsPlacedAndNamed() {
        byte[] bytes = concat("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<pgcraft xmlns=\"urn:pgcraft:1\">\n"
                + "  <schema name=\"caf", bytes(0xE9), "\"/>\n</pgcraft>\n");
        assertEncodingProblem(bytes, FILE + ":3:20: Byte 0xE9 is not valid US-ASCII; the file is read as US-ASCII,"
                + " as its XML declaration says. [PGC-CONFIG-ENCODING]",
                "Save the file in US-ASCII, or correct the encoding in its XML declaration.");
    }

    @Test
    void aLoneSurrogateInAUtf16FileIsPlacedAndNamed() {
        String text = "<pgcraft xmlns=\"urn:pgcraft:1\">\n  <schema name=\"\uD800x\"/>\n</pgcraft>\n";
        byte[] bytes = new byte[2 + 2 * text.length()];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        for (int i = 0; i < text.length(); i++) {
            bytes[2 + 2 * i] = (byte) text.charAt(i);
            bytes[3 + 2 * i] = (byte) (text.charAt(i) >> 8);
        }
        assertEncodingProblem(bytes, FILE + ":2:17: Bytes 0x00 0xD8 are not valid UTF-16LE (a UTF-16 surrogate"
                + " without its other half); the file is read as"
                + " UTF-16LE, as its byte order mark says. [PGC-CONFIG-ENCODING]",
                "Save the file again as UTF-16LE, or as UTF-8.");
    }

    @Test
    void aDeclaredLatin1FileIsReadInLatin1() {
        byte[] bytes = concat("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<pgcraft xmlns=\"urn:pgcraft:1\">\n"
                + "  <schema name=\"s\"><simple name=\"t\" comment=\"Caf", bytes(0xE9),
                "\"><column name=\"a\" type=\"text\"/></simple></schema>\n</pgcraft>\n");
        PgcraftConfig config = ConfigReader.read(new ByteArrayInputStream(bytes), FILE);
        assertEquals("Caf\u00e9", config.getSchemas().get(0).getDimensions().get(0).getComment());
    }

    private static void assertEncodingProblem(byte[] bytes, String message, String fix) {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> ConfigReader.read(new ByteArrayInputStream(bytes), FILE));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(message + System.lineSeparator() + "  " + fix, e.problems().get(0).render());
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(String before, byte[] bad, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    private static PgcraftConfig read(String xml) {
        return ConfigReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FILE);
    }

    private static void assertProblems(String xml, String... expected) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> read(xml));
        assertEquals(List.of(expected), e.problems().stream().map(ConfigReaderTest::line).toList());
    }

    /** {@code CODE file:line:col: message} — one line per problem, so a failing test shows all of it. */
    private static String line(Problem problem) {
        return problem.code() + " " + problem.location() + ": " + problem.message();
    }
}
