package dev.pgcraft.init;

import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitializerTest {

    private static final ClassLoader LOADER = InitializerTest.class.getClassLoader();

    @TempDir
    Path temp;

    private InitOptions options(boolean xsdOnly) {
        return new InitOptions(temp.resolve("src/main/pgcraft/pgcraft.xml"), "src/main/pgcraft/pgcraft.xml", xsdOnly);
    }

    @Test
    void writesTheXsdsTheCatalogAndAStarterThatLoads() throws IOException {
        Initializer.InitResult result = Initializer.init(options(false), LOADER);
        Path folder = temp.resolve("src/main/pgcraft");
        // The PostgREST extension ships with the plugin: its XSD is one of the plugin's.
        assertEquals(List.of(folder.resolve("xsd/pgcraft-1.xsd"), folder.resolve("xsd/pgcraft-postgrest-1.xsd"),
                folder.resolve("xsd/catalog.xml"), folder.resolve("pgcraft.xml")), result.written());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by pgcraft:init: each namespace pgcraft.xml may use, resolved to its XSD in this folder.
                     Refresh after a plugin upgrade with mvn pgcraft:init -Dpgcraft.xsdOnly=true. -->
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="urn:pgcraft:1" uri="pgcraft-1.xsd"/>
                  <uri name="urn:pgcraft:postgrest:1" uri="pgcraft-postgrest-1.xsd"/>
                </catalog>
                """, Files.readString(folder.resolve("xsd/catalog.xml")));
        String starter = Files.readString(folder.resolve("pgcraft.xml"));
        assertTrue(starter.contains("xsi:schemaLocation=\"urn:pgcraft:1 xsd/pgcraft-1.xsd\""), starter);
        PgcraftConfig config = ConfigLoader.load(folder.resolve("pgcraft.xml"), "pgcraft.xml");
        assertEquals(1, config.getSchemas().get(0).getDimensions().size());
        assertEquals(Optional.empty(), LocalSchemas.staleWarning(folder.resolve("pgcraft.xml"), "xsd", LOADER));
    }

    @Test
    void theCommentedOutDimensionsAreValidToo() throws IOException {
        Initializer.init(options(false), LOADER);
        Path config = temp.resolve("src/main/pgcraft/pgcraft.xml");
        String uncommented = Files.readString(config)
                .replaceAll("(?s)<!-- (appendOnly|eav|ledger):[^\n]*\n(.*?)\n    -->", "$2");
        Files.writeString(config, uncommented);
        PgcraftConfig model = ConfigLoader.load(config, "pgcraft.xml");
        assertEquals(List.of("simple", "appendOnly", "eav", "ledger"), model.getSchemas().get(0).getDimensions()
                .stream().map(d -> d.kind()).toList());
        assertTrue(new Resolver(line -> { }).resolve(ConfigLoader.spec(config, "pgcraft.xml")).size() > 10);
    }

    @Test
    void neverOverwritesAModel() throws IOException {
        Initializer.init(options(false), LOADER);
        Path config = temp.resolve("src/main/pgcraft/pgcraft.xml");
        Files.writeString(config, "mine");
        PgcraftException e = assertThrows(PgcraftException.class, () -> Initializer.init(options(false), LOADER));
        assertEquals("""
                src/main/pgcraft/pgcraft.xml already exists; pgcraft:init never overwrites it, and wrote nothing \
                [PGC-INIT-EXISTS]
                  Edit the model you have. To refresh only the local XSDs and catalog, run mvn pgcraft:init \
                -Dpgcraft.xsdOnly=true.""", e.getMessage());
        assertEquals("mine", Files.readString(config));
    }

    @Test
    void xsdOnlyRefreshesStaleXsdsAndLeavesTheModel() throws IOException {
        Initializer.init(options(false), LOADER);
        Path config = temp.resolve("src/main/pgcraft/pgcraft.xml");
        Path xsd = temp.resolve("src/main/pgcraft/xsd/pgcraft-1.xsd");
        Files.writeString(xsd, "<old/>");
        Files.writeString(config, "mine");
        assertEquals(Optional.of("The XSDs in src/main/pgcraft/xsd are not this pgcraft plugin's (pgcraft-1.xsd differ "
                + "or are missing: copied by an older version?), so your IDE checks pgcraft.xml against another "
                + "vocabulary. Refresh them: mvn pgcraft:init -Dpgcraft.xsdOnly=true"),
                LocalSchemas.staleWarning(config, "src/main/pgcraft/xsd", LOADER));

        Initializer.InitResult result = Initializer.init(options(true), LOADER);
        assertEquals(List.of(xsd, temp.resolve("src/main/pgcraft/xsd/pgcraft-postgrest-1.xsd"),
                temp.resolve("src/main/pgcraft/xsd/catalog.xml")), result.written());
        assertEquals("mine", Files.readString(config));
        assertEquals(Optional.empty(), LocalSchemas.staleWarning(config, "src/main/pgcraft/xsd", LOADER));
    }

    @Test
    void aProjectThatNeverRanInitGetsNoWarning() {
        assertEquals(Optional.empty(), LocalSchemas.staleWarning(temp.resolve("pgcraft.xml"), "xsd", LOADER));
    }
}
