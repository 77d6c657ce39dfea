package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads {@code pgcraft.xml} into a {@link PgcraftConfig}, validating it against {@code pgcraft-1.xsd} in the
 * same pass and reporting every violation at once as one {@link PgcraftException}.
 *
 * <p>The file is untrusted input: the parser refuses a DOCTYPE outright and never resolves an external
 * entity, DTD or schema. The pipeline is
 * {@code XMLReader → LocatingFilter → ValidatorHandler → JAXB UnmarshallerHandler}; the validator is set up
 * here (rather than through {@code Unmarshaller.setSchema}) so that its locale can be fixed to English, which
 * keeps the messages {@link XsdMessages} rewrites the same on every machine.
 */
public final class ConfigReader {

    /** Classpath location of the schema; the build copies the top-level {@code xsd/} folder there. */
    public static final String XSD_RESOURCE = "/dev/pgcraft/xsd/pgcraft-1.xsd";

    // Locale.ROOT, not ENGLISH: Xerces has no "_en" bundles, so ENGLISH falls back to the default locale's
    // bundle (German on a German machine), whereas ROOT selects the base, English, messages.
    private static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";

    private ConfigReader() {
    }

    /**
     * Reads a configuration file.
     *
     * @param file        the file to read
     * @param displayName how messages name the file, e.g. {@code src/main/pgcraft/pgcraft.xml}
     * @throws PgcraftException listing every problem, each with {@code displayName:line:column}
     */
    public static PgcraftConfig read(Path file, String displayName) {
        return read(file, displayName, ConfigReader.class.getClassLoader());
    }

    /**
     * Reads a configuration file whose elements of other namespaces are defined by jars on {@code classPath}.
     *
     * @param classPath where to look for {@value SchemaCatalog#DESCRIPTOR} files (in Maven, the pgcraft plugin's
     *                  class realm, which holds the jars users add under the plugin's {@code <dependencies>})
     */
    public static PgcraftConfig read(Path file, String displayName, ClassLoader classPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-CONFIG-NOT-FOUND",
                    "No pgcraft configuration file: " + displayName + " does not exist (looked for "
                            + file.toAbsolutePath() + ").",
                    "Run mvn pgcraft:init to create one, or set pgcraft.config to the file you use."));
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
        return parse(bytes, displayName, classPath);
    }

    /** Reads a configuration from a stream (which is not closed); {@code displayName} names it in messages. */
    public static PgcraftConfig read(InputStream in, String displayName) {
        return read(in, displayName, ConfigReader.class.getClassLoader());
    }

    /** As {@link #read(InputStream, String)}, with the namespaces the jars on {@code classPath} define. */
    public static PgcraftConfig read(InputStream in, String displayName, ClassLoader classPath) {
        try {
            return parse(in.readAllBytes(), displayName, classPath);
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    private static PgcraftConfig parse(byte[] bytes, String displayName, ClassLoader classPath) {
        Binding.start();
        SchemaCatalog catalog = SchemaCatalog.found(classPath);
        Schema schema = Schemas.compiled(catalog, classPath);
        SourceText source = SourceText.decode(displayName, bytes);
        LocatingFilter filter = new LocatingFilter(hardenedReader(), source);
        ProblemCollector problems = new ProblemCollector(source, filter, catalog);
        UnmarshallerHandler unmarshaller = unmarshallerHandler(filter, problems);
        ValidatorHandler validator = schema.newValidatorHandler();
        setValidatorProperties(validator);
        validator.setErrorHandler(problems.schemaErrors());
        validator.setContentHandler(new ExtensionLocations.Stamper(unmarshaller, filter));
        filter.setContentHandler(validator);
        filter.setErrorHandler(FAIL_ON_FATAL);
        try {
            filter.parse(new InputSource(new StringReader(source.text())));
        } catch (SAXParseException e) {
            // JAXB gives up on an unknown root by throwing; the collector has already said why.
            if (!problems.rootRejected()) {
                problems.add(notWellFormed(source, e));
            }
        } catch (SAXException e) {
            problems.add(Problem.at(SourceLocation.of(displayName), "PGC-CONFIG-MALFORMED",
                    "The file could not be read as XML: " + e.getMessage(), "Fix the XML syntax."));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
        problems.throwIfAny();
        try {
            PgcraftConfig config = (PgcraftConfig) unmarshaller.getResult();
            ExtensionLocations.attach(config.extensionDom(), displayName);
            return config;
        } catch (JAXBException | IllegalStateException | ClassCastException e) {
            // Only reachable if JAXB rejects something the XSD accepted: a binding bug, not a user error.
            throw new IllegalStateException("pgcraft's XML binding disagrees with pgcraft-1.xsd", e);
        }
    }

    private static UnmarshallerHandler unmarshallerHandler(LocatingFilter filter, ProblemCollector problems) {
        try {
            Unmarshaller unmarshaller = Binding.context().createUnmarshaller();
            unmarshaller.setEventHandler(problems);
            unmarshaller.setListener(new Unmarshaller.Listener() {
                @Override
                public void beforeUnmarshal(Object target, Object parent) {
                    if (target instanceof Located located) {
                        located.setLocation(filter.currentStartTag());
                    }
                }

                @Override
                public void afterUnmarshal(Object target, Object parent) {
                    // JAXB binds a text-only element without calling beforeUnmarshal; its start tag is the last
                    // <query> seen when the view that holds it ends.
                    if (target instanceof ViewConfig view && view.getQuery() != null) {
                        view.getQuery().setLocation(filter.lastStartTag("query"));
                    }
                }
            });
            return unmarshaller.getUnmarshallerHandler();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the pgcraft.xml unmarshaller", e);
        }
    }

    /**
     * The JAXB context that binds pgcraft.xml, and also {@link ForeignDimensionConfig}: one per JVM, shared, built in
     * the background from the first read on.
     */
    static JAXBContext bindingContext() {
        return Binding.context();
    }

    private static Problem notWellFormed(SourceText source, SAXParseException e) {
        SourceLocation where = source.at(e.getLineNumber(), e.getColumnNumber());
        String message = String.valueOf(e.getMessage());
        if (message.contains("disallow-doctype-decl")) {
            return Problem.at(where, "PGC-CONFIG-DOCTYPE",
                    "DOCTYPE declarations are not allowed in pgcraft.xml; DTDs and entities are never read.",
                    "Remove the <!DOCTYPE …> declaration; the XSD (xmlns=\"urn:pgcraft:1\") describes the file.");
        }
        return Problem.at(where, "PGC-CONFIG-MALFORMED",
                "The file is not well-formed XML: " + cleanParserMessage(message),
                "Fix the XML syntax at this position.");
    }

    /** The parser's message without the {@code lineNumber: …; columnNumber: …;} and {@code cvc-} prefixes. */
    static String cleanParserMessage(String message) {
        return XsdMessages.stripCode(message.replaceAll("(?:lineNumber|columnNumber|publicId|systemId): [^;]*;\\s*", ""));
    }

    private static PgcraftException unreadable(String displayName, IOException e) {
        return new PgcraftException(Problem.at(SourceLocation.of(displayName), "PGC-CONFIG-UNREADABLE",
                "Cannot read " + displayName + ": " + e.getMessage() + ".",
                "Check that the file exists and is readable."), e);
    }

    private static final ErrorHandler FAIL_ON_FATAL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // The parser warns only about DTD matters, which we refuse anyway.
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** A namespace-aware parser that refuses DOCTYPEs and never fetches anything. */
    private static XMLReader hardenedReader() {
        try {
            // The JDK's own parser, not whatever a plugin classpath puts first, so every feature below holds.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty(XERCES_LOCALE, Locale.ROOT);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser does not support pgcraft's safety settings", e);
        }
    }

    private static void setValidatorProperties(ValidatorHandler validator) {
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XERCES_LOCALE, Locale.ROOT);
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK XML validator does not support pgcraft's settings", e);
        }
    }

    /**
     * The JAXB context, built once per JVM; it is thread-safe. Building it is the largest fixed cost of a
     * {@code generate} or {@code check} process (about a second of CPU in a fresh JVM, 800 classes), and it needs
     * nothing from the file, so the first read starts it on a thread of its own and compiles the XSDs meanwhile. The
     * thread inherits the caller's context class loader, as building it on the caller's thread would.
     */
    private static final class Binding {
        private static final FutureTask<JAXBContext> CONTEXT = new FutureTask<>(Binding::createContext);
        private static final AtomicBoolean STARTED = new AtomicBoolean();

        /** Starts building the context in the background, unless that has begun. */
        static void start() {
            if (STARTED.compareAndSet(false, true)) {
                Thread thread = new Thread(CONTEXT, "pgcraft-jaxb-context");
                thread.setDaemon(true);
                thread.start();
            }
        }

        /** The context: waits for the background build, or builds it here when none was started. */
        static JAXBContext context() {
            if (STARTED.compareAndSet(false, true)) {
                CONTEXT.run();
            }
            try {
                return CONTEXT.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pgcraft's XML binding was being built", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("pgcraft's XML binding is broken", e.getCause());
            }
        }

        private static JAXBContext createContext() {
            try {
                // ForeignDimensionConfig too, so a third-party kind's element binds with this context instead of
                // paying for a second one (it has no root element: it changes nothing in reading pgcraft.xml).
                return JAXBContext.newInstance(PgcraftConfig.class, ForeignDimensionConfig.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("pgcraft's XML binding is broken", e);
            }
        }
    }
}
