package dev.pgcraft.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangeSummaryTest {

    @TempDir
    Path temp;

    private List<String> generate(String schemaBody) throws IOException {
        Path config = temp.resolve("pgcraft.xml");
        Files.writeString(config, "<pgcraft xmlns=\"urn:pgcraft:1\"><schema name=\"dim\">" + schemaBody
                + "</schema></pgcraft>");
        return new Generator(line -> { }).generate(new GenerateOptions(config, "pgcraft.xml", temp.resolve("m"),
                null, false)).summary();
    }

    @Test
    void countsCreatedObjectsByKindThenListsWhatChangesPerTable() throws IOException {
        assertEquals(List.of(
                "creates  1 schema, 1 table, 1 constraint, 1 comment"),
                generate("<simple name=\"products\" comment=\"Things\"><column name=\"sku\" type=\"varchar(20)\"/>"
                        + "</simple>"));
        assertEquals(List.of(
                "creates  1 table, 2 constraints",
                "alters   table dim.products: changes type of column sku to text, adds column color"),
                generate("<simple name=\"products\" comment=\"Things\"><column name=\"sku\" type=\"text\"/>"
                        + "<column name=\"color\" type=\"text\"/></simple>"
                        + "<simple name=\"tags\"><column name=\"label\" type=\"text\" unique=\"true\"/></simple>"));
    }
}
