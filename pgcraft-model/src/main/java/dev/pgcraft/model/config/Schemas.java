package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Compiles the core XSD together with every extension XSD a {@link SchemaCatalog} lists into one {@link Schema}, so
 * the whole file is validated in one pass with one set of line:column positions.
 *
 * <p>An extension XSD may {@code xs:import} the core namespace (to reuse its types) or another found namespace; the
 * import is resolved by namespace to the class-path XSD, never fetched from its {@code schemaLocation}. Anything
 * else an XSD asks to load is refused, so a jar cannot make validation reach the network or the file system.
 * Compiled schemas are cached per set of XSDs: a class path that does not change compiles once per JVM.
 */
final class Schemas {

    private static final Map<List<String>, Schema> CACHE = new ConcurrentHashMap<>();

    private Schemas() {
    }

    static Schema compiled(SchemaCatalog catalog, ClassLoader classPath) {
        // Core first: extension XSDs import it.
        Map<String, URL> byNamespace = new LinkedHashMap<>();
        byNamespace.put(SchemaCatalog.CORE_NAMESPACE, coreXsd());
        catalog.schemas().stream().filter(file -> !file.namespace().equals(SchemaCatalog.CORE_NAMESPACE))
                .forEach(file -> byNamespace.put(file.namespace(), file.url(classPath)));
        List<String> key = byNamespace.values().stream().map(URL::toString).toList();
        return CACHE.computeIfAbsent(key, k -> compile(catalog, byNamespace));
    }

    private static URL coreXsd() {
        URL xsd = ConfigReader.class.getResource(ConfigReader.XSD_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException(ConfigReader.XSD_RESOURCE + " is missing from the classpath");
        }
        return xsd;
    }

    private static Schema compile(SchemaCatalog catalog, Map<String, URL> urls) {
        Map<String, byte[]> xsds = new LinkedHashMap<>();
        urls.forEach((namespace, url) -> xsds.put(namespace, read(url)));
        List<Source> sources = new ArrayList<>();
        urls.forEach((namespace, url) -> sources.add(new StreamSource(new ByteArrayInputStream(xsds.get(namespace)),
                url.toString())));
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new ByNamespace(xsds));
            return factory.newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            if (urls.size() == 1) {
                throw new IllegalStateException("pgcraft-1.xsd does not compile", e);
            }
            throw new PgcraftException(Problem.of("PGC-CONFIG-SCHEMA-BROKEN", "The XSDs of the namespaces "
                    + catalog.namespaces() + " found on the pgcraft plugin's class path do not compile together: "
                    + ConfigReader.cleanParserMessage(String.valueOf(e.getMessage())),
                    "Report this to whoever publishes the extension jar; until it is fixed, remove it from the "
                            + "pgcraft plugin's <dependencies>."), e);
        }
    }

    private static byte[] read(URL url) {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }

    /** Resolves {@code xs:import} by namespace to a found XSD; refuses every other load. */
    private record ByNamespace(Map<String, byte[]> byNamespace) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            byte[] xsd = namespace == null ? null : byNamespace.get(namespace);
            if (xsd == null) {
                throw new IllegalArgumentException("an XSD asked to load " + systemId + " (namespace " + namespace
                        + "); pgcraft only resolves imports of namespaces found on the class path");
            }
            return new BytesInput(xsd, publicId, systemId, baseUri);
        }
    }

    /** The minimal {@link LSInput} the JDK's schema loader reads: a byte stream and its identifiers. */
    private record BytesInput(byte[] bytes, String publicId, String systemId, String baseUri) implements LSInput {

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return baseUri;
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
