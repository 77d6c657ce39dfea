package dev.pgcraft.model.config;

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
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The XML namespaces pgcraft.xml may use, found on a class path: every {@value #DESCRIPTOR} lists the namespaces
 * its jar defines and where each one's XSD lies in that jar (as Spring's {@code META-INF/spring.schemas}). The core's
 * comes with pgcraft-model; an extension or a third-party plugin ships its own, so adding its jar under the pgcraft
 * plugin's {@code <dependencies>} is all it takes for pgcraft.xml to accept, validate and complete its elements.
 *
 * @param schemas every namespace found, sorted by namespace: the same class path always gives the same list
 */
public record SchemaCatalog(List<SchemaFile> schemas) {

    /** The descriptor every jar contributing a namespace ships. */
    public static final String DESCRIPTOR = "META-INF/pgcraft/schemas.properties";

    /** The core namespace. */
    public static final String CORE_NAMESPACE = "urn:pgcraft:1";

    public SchemaCatalog {
        schemas = List.copyOf(schemas);
    }

    /**
     * One namespace and its XSD.
     *
     * @param namespace  the target namespace, e.g. {@code urn:pgcraft:1}
     * @param resource   the XSD's class-path location
     * @param fileName   the name it gets beside the model, e.g. {@code pgcraft-1.xsd}
     * @param descriptor the descriptor that named it (which jar), for messages
     */
    public record SchemaFile(String namespace, String resource, String fileName, String descriptor) {

        /** The XSD's location on {@code loader}, checked to exist. */
        public URL url(ClassLoader loader) {
            URL url = loader.getResource(resource);
            if (url == null) {
                throw new PgcraftException(Problem.of("PGC-CONFIG-SCHEMA-MISSING", descriptor + " names " + resource
                        + " as the XSD of namespace " + namespace + ", but no jar on the class path holds it.",
                        "Report this to whoever publishes the jar that defines " + namespace + "."));
            }
            return url;
        }

        /** The XSD's bytes from the class path. */
        public byte[] content(ClassLoader loader) {
            try (InputStream in = url(loader).openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Every namespace the descriptors on {@code loader} define. Two jars defining one namespace is refused: which XSD
     * validates the file would depend on class-path order.
     */
    public static SchemaCatalog found(ClassLoader loader) {
        Map<String, SchemaFile> byNamespace = new TreeMap<>();
        try {
            for (URL descriptor : Collections.list(loader.getResources(DESCRIPTOR))) {
                Properties entries = new Properties();
                try (InputStream in = descriptor.openStream()) {
                    entries.load(in);
                }
                for (String namespace : entries.stringPropertyNames()) {
                    String resource = entries.getProperty(namespace).strip();
                    SchemaFile file = new SchemaFile(namespace, resource,
                            resource.substring(resource.lastIndexOf('/') + 1), descriptor.toString());
                    SchemaFile earlier = byNamespace.putIfAbsent(namespace, file);
                    if (earlier != null && !earlier.resource().equals(resource)) {
                        throw new PgcraftException(Problem.of("PGC-CONFIG-NAMESPACE-TWICE", "Two jars on the "
                                + "pgcraft plugin's class path define namespace " + namespace + ": " + earlier.descriptor()
                                + " (" + earlier.resource() + ") and " + descriptor + " (" + resource + ").",
                                "Keep one of them under the pgcraft plugin's <dependencies>."));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DESCRIPTOR + " on the class path", e);
        }
        return new SchemaCatalog(new ArrayList<>(byNamespace.values()));
    }

    /** The XSD of {@code namespace}, if a jar defines it. */
    public Optional<SchemaFile> forNamespace(String namespace) {
        return schemas.stream().filter(file -> file.namespace().equals(namespace)).findFirst();
    }

    /** The namespaces, sorted. */
    public List<String> namespaces() {
        return schemas.stream().map(SchemaFile::namespace).toList();
    }
}
