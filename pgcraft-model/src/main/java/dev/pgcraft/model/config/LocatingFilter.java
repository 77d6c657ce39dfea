package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.SourceLocation;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events through while remembering where the current start tag begins and which elements are
 * open. JAXB calls {@code Unmarshaller.Listener#beforeUnmarshal} inside {@code startElement}, so at that
 * moment {@link #currentStartTag()} is the location of the element being created; problem messages use
 * {@link #openElements()} to name the parent of an unexpected element.
 */
final class LocatingFilter extends XMLFilterImpl {

    /** A started element: its namespace (empty for none) and local name. */
    record OpenElement(String namespace, String localName) {
    }

    private final SourceText source;
    private final Deque<OpenElement> open = new ArrayDeque<>();
    private Locator locator;
    private SourceLocation currentStartTag;
    private final java.util.Map<String, SourceLocation> lastStartTags = new java.util.HashMap<>();

    LocatingFilter(XMLReader parent, SourceText source) {
        super(parent);
        this.source = source;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        currentStartTag = locator == null
                ? SourceLocation.of(source.file())
                : source.tagStart(locator.getLineNumber(), locator.getColumnNumber());
        open.push(new OpenElement(uri == null ? "" : uri, localName));
        lastStartTags.put(localName, currentStartTag);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        // Pop after forwarding so problems reported while closing still see the element as open.
        super.endElement(uri, localName, qName);
        open.pop();
    }

    /**
     * Where the last start tag of an element of that local name began: for elements JAXB binds without telling the
     * listener (a class with only text content, such as {@code <query>}), read when their parent ends.
     */
    SourceLocation lastStartTag(String localName) {
        return lastStartTags.get(localName);
    }

    /** Where the start tag of the element now being processed begins. */
    SourceLocation currentStartTag() {
        return currentStartTag;
    }

    /** The open elements, innermost first. */
    Deque<OpenElement> openElements() {
        return open;
    }
}
