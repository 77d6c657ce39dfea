package dev.pgcraft.init;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The XSDs pgcraft.xml may use: every {@value #DESCRIPTOR} on the class path lists the namespaces its jar defines
 * and where each XSD lies in it. The core's comes with pgcraft-model; an extension or a third-party plugin ships
 * its own (as Spring's {@code META-INF/spring.schemas}), so {@code init} copies its XSD too, with no change here.
 */
public final class SchemaFiles {

    /** The descriptor every jar contributing a namespace ships. */
    public static final String DESCRIPTOR = "META-INF/pgcraft/schemas.properties";

    private SchemaFiles() {
    }

    /**
     * One namespace and its XSD.
     *
     * @param namespace the target namespace, e.g. {@code urn:pgcraft:1}
     * @param resource  the XSD's class-path location
     * @param fileName  the name it gets beside the model, e.g. {@code pgcraft-1.xsd}
     */
    public record SchemaFile(String namespace, String resource, String fileName) {

        /** The XSD's bytes from the plugin's class path. */
        public byte[] content(ClassLoader loader) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PgcraftException(Problem.of("PGC-INIT-SCHEMA-MISSING", DESCRIPTOR + " names " + resource
                            + " for namespace " + namespace + ", but no jar on the class path holds it",
                            "Report this to whoever publishes the jar that defines " + namespace + "."));
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every namespace found, sorted by namespace: the same class path always gives the same list. */
    public static List<SchemaFile> found(ClassLoader loader) {
        Map<String, String> byNamespace = new TreeMap<>();
        try {
            for (URL descriptor : Collections.list(loader.getResources(DESCRIPTOR))) {
                Properties entries = new Properties();
                try (InputStream in = descriptor.openStream()) {
                    entries.load(in);
                }
                entries.stringPropertyNames().forEach(ns -> byNamespace.putIfAbsent(ns, entries.getProperty(ns).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SchemaFile> files = new ArrayList<>();
        byNamespace.forEach((namespace, resource) -> files.add(new SchemaFile(namespace, resource,
                resource.substring(resource.lastIndexOf('/') + 1))));
        return files;
    }
}
