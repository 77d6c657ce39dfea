package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import jakarta.xml.bind.helpers.ValidationEventImpl;
import jakarta.xml.bind.helpers.ValidationEventLocatorImpl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects every problem found while reading, and always lets reading continue, so the user sees all of them
 * in one run. Schema violations arrive through {@link #schemaErrors()} (the validator's error handler);
 * JAXB's own complaints arrive as ordinary events and are kept only when the schema validator said nothing
 * about the same tag, because they repeat it in JAXB's terms.
 */
final class ProblemCollector implements ValidationEventHandler {

    /** A validator error, marked so that {@link #handleEvent} can tell it from JAXB's own events. */
    private static final class SchemaViolation extends ValidationEventImpl {
        SchemaViolation(SAXParseException e) {
            super(ValidationEvent.ERROR, e.getMessage(), new ValidationEventLocatorImpl(e), e);
        }
    }

    private final SourceText source;
    private final LocatingFilter filter;
    private final XsdMessages messages;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<SourceLocation> reported = new HashSet<>();
    private boolean rootRejected;

    ProblemCollector(SourceText source, LocatingFilter filter, SchemaCatalog catalog) {
        this.source = source;
        this.filter = filter;
        this.messages = new XsdMessages(catalog);
    }

    @Override
    public boolean handleEvent(ValidationEvent event) {
        // Once the root is not <pgcraft xmlns="urn:pgcraft:1">, every later message is a consequence of it.
        if (rootRejected) {
            return true;
        }
        SourceLocation where = locate(event.getLocator());
        if (event instanceof SchemaViolation) {
            Problem problem = messages.translate(event.getMessage(), where, filter.openElements().iterator());
            if (problem != null) {
                rootRejected = "PGC-CONFIG-NAMESPACE".equals(problem.code());
                add(problem);
            }
        } else if (!reported.contains(where)) {
            add(Problem.at(where, "PGC-CONFIG-INVALID", XsdMessages.stripCode(String.valueOf(event.getMessage())),
                    "See xsd/pgcraft-1.xsd for what is allowed."));
        }
        return true;
    }

    /** The validator's error handler: every error becomes an event of this handler; none stops reading. */
    ErrorHandler schemaErrors() {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // XSD warnings are about the schema, not the user's file.
            }

            @Override
            public void error(SAXParseException e) {
                handleEvent(new SchemaViolation(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                handleEvent(new SchemaViolation(e));
            }
        };
    }

    void add(Problem problem) {
        problems.add(problem);
        reported.add(problem.location());
    }

    /** Whether the root element was not {@code <pgcraft xmlns="urn:pgcraft:1">}. */
    boolean rootRejected() {
        return rootRejected;
    }

    /** Throws one exception listing every problem in file order; does nothing when there are none. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            throw new PgcraftException(sorted);
        }
    }

    private SourceLocation locate(ValidationEventLocator locator) {
        if (locator == null || locator.getLineNumber() < 1) {
            return filter.currentStartTag() != null ? filter.currentStartTag() : SourceLocation.of(source.file());
        }
        return source.tagStart(locator.getLineNumber(), locator.getColumnNumber());
    }
}
