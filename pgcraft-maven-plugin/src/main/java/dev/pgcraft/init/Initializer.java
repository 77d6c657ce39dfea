package dev.pgcraft.init;

import dev.pgcraft.model.config.SchemaCatalog;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pgcraft:init}: writes the starter model, the XSDs of every namespace on the class path into {@code xsd/}
 * beside it, and an OASIS XML catalog mapping each namespace to its local XSD. Never overwrites: an existing model
 * is an error that says how to refresh the XSDs alone, which {@code xsdOnly} does (overwriting them, since they are
 * the plugin's, not the user's).
 */
public final class Initializer {

    /** The catalog's file name inside the XSD folder. */
    public static final String CATALOG = "catalog.xml";

    private static final String STARTER = "dev/pgcraft/init/pgcraft.xml";

    private Initializer() {
    }

    /**
     * What was written and what was left alone.
     *
     * @param written the files written, in order
     * @param kept    existing files left as they were
     */
    public record InitResult(List<Path> written, List<Path> kept) {

        public InitResult {
            written = List.copyOf(written);
            kept = List.copyOf(kept);
        }
    }

    public static InitResult init(InitOptions options, ClassLoader loader) {
        if (!options.xsdOnly() && Files.exists(options.config())) {
            throw new PgcraftException(Problem.of("PGC-INIT-EXISTS", options.configDisplayName()
                            + " already exists; pgcraft:init never overwrites it, and wrote nothing",
                    "Edit the model you have. To refresh only the local XSDs and catalog, run "
                            + "mvn pgcraft:init -Dpgcraft.xsdOnly=true."));
        }
        List<Path> written = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        List<SchemaCatalog.SchemaFile> schemas = SchemaCatalog.found(loader).schemas();
        Path folder = options.xsdFolder();
        for (SchemaCatalog.SchemaFile schema : schemas) {
            write(folder.resolve(schema.fileName()), schema.content(loader), options.xsdOnly(), written, kept);
        }
        write(folder.resolve(CATALOG), catalog(schemas).getBytes(StandardCharsets.UTF_8), options.xsdOnly(), written,
                kept);
        if (!options.xsdOnly()) {
            write(options.config(), starter(loader), false, written, kept);
        }
        return new InitResult(written, kept);
    }

    /** An OASIS XML catalog: IntelliJ, Eclipse and VS Code (Red Hat XML) resolve each namespace to its local XSD. */
    static String catalog(List<SchemaCatalog.SchemaFile> schemas) {
        StringBuilder text = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by pgcraft:init: each namespace pgcraft.xml may use, resolved to its XSD in this folder.
                     Refresh after a plugin upgrade with mvn pgcraft:init -Dpgcraft.xsdOnly=true. -->
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                """);
        for (SchemaCatalog.SchemaFile schema : schemas) {
            text.append("  <uri name=\"").append(schema.namespace()).append("\" uri=\"").append(schema.fileName())
                    .append("\"/>\n");
        }
        return text.append("</catalog>\n").toString();
    }

    private static byte[] starter(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no " + STARTER);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw cannotWrite(Path.of(STARTER), e);
        }
    }

    private static void write(Path file, byte[] content, boolean overwrite, List<Path> written, List<Path> kept) {
        if (!overwrite && Files.exists(file)) {
            kept.add(file);
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content);
            written.add(file);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static PgcraftException cannotWrite(Path file, IOException e) {
        return new PgcraftException(Problem.of("PGC-INIT-WRITE", "cannot write " + file + ": " + e.getMessage(),
                "Check that the folder is writable."), e);
    }
}
