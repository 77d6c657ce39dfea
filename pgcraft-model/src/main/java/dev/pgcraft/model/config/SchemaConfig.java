package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A {@code <schema name="…">}: a PostgreSQL schema, its dimensions, its views and the objects extensions define in it (elements
 * of other namespaces, kept as {@link ExtensionElement}s).
 */
@XmlType(name = "SchemaType")
public class SchemaConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    // One list for every kind keeps document order; a new dimension kind is one more @XmlElement here and
    // one more element in the XSD's DimensionElements group.
    @XmlElements({
        @XmlElement(name = "simple", type = SimpleDimensionConfig.class),
        @XmlElement(name = "appendOnly", type = AppendOnlyDimensionConfig.class),
        @XmlElement(name = "eav", type = EavDimensionConfig.class),
        @XmlElement(name = "ledger", type = LedgerDimensionConfig.class),
    })
    private List<DimensionConfig> dimensions = new ArrayList<>();

    @XmlElements({
        @XmlElement(name = "view", type = ViewConfig.class),
        @XmlElement(name = "materializedView", type = MaterializedViewConfig.class),
    })
    private List<ViewConfig> views = new ArrayList<>();

    @XmlAnyElement
    private List<Element> extensionDom = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The dimensions of every kind, in document order. */
    public List<DimensionConfig> getDimensions() {
        return dimensions;
    }

    public void setDimensions(List<DimensionConfig> dimensions) {
        this.dimensions = new ArrayList<>(dimensions);
    }

    /** The views and materialized views, in document order. */
    public List<ViewConfig> getViews() {
        return views;
    }

    public void setViews(List<ViewConfig> views) {
        this.views = new ArrayList<>(views);
    }

    /** Elements of other namespaces in this schema, in document order. */
    public List<ExtensionElement> getExtensionElements() {
        return extensionDom.stream().map(ExtensionElement::of).toList();
    }

    public void setExtensionElements(List<ExtensionElement> elements) {
        this.extensionDom = new ArrayList<>(elements.stream().map(ExtensionElement::element).toList());
    }

    /** The DOM elements of other namespaces, for {@link ConfigReader} to attach locations to. */
    List<Element> extensionDom() {
        return extensionDom;
    }
}
