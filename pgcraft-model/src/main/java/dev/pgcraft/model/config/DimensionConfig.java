package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What every dimension kind has: a name, optional comment and previous name, its own plugins, and columns,
 * checks and indexes. Columns, checks and indexes may be interleaved in the file; each list keeps the
 * document order of its own elements. Elements of other namespaces at the end of the dimension (an extension's
 * settings for it, such as {@code <rest:api>}) are kept as {@link ExtensionElement}s.
 */
@XmlType(name = "DimensionType", propOrder = {"plugins", "columns", "checks", "indexes", "extensionDom"})
public abstract class DimensionConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlAttribute(name = "comment")
    private String comment;

    @XmlAttribute(name = "previousName")
    private String previousName;

    @XmlElement(name = "plugins")
    private DimensionPluginsConfig plugins;

    @XmlElement(name = "column")
    private List<ColumnConfig> columns = new ArrayList<>();

    @XmlElement(name = "check")
    private List<CheckConfig> checks = new ArrayList<>();

    @XmlElement(name = "index")
    private List<IndexConfig> indexes = new ArrayList<>();

    @XmlAnyElement
    private List<Element> extensionDom = new ArrayList<>();

    /** The XML element name of this kind of dimension, e.g. {@code simple}. */
    public abstract String kind();

    /** The XML namespace of the dimension's element: the core one, or a third-party kind's. */
    public String kindNamespace() {
        return SchemaCatalog.CORE_NAMESPACE;
    }

    /**
     * The dimension's element as written, with its attributes, its kind's own children and their positions: what
     * the {@code DimensionKind} SPI reads (a kind never sees these JAXB classes). For a core kind it is built
     * from the binding.
     */
    public ExtensionElement kindElement() {
        Document document = BoundElements.document();
        Element element = BoundElements.element(document, null, kind(), getLocation(), "name", name, "comment",
                comment, "previousName", previousName);
        document.appendChild(element);
        addKindMembers(document, element);
        return new ExtensionElement(element, getLocation() != null ? getLocation()
                : ExtensionElement.locationOf(element));
    }

    /** Adds what a core kind declares beyond columns, checks, indexes and plugins to its {@link #kindElement()}. */
    void addKindMembers(Document document, Element element) {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The table or view comment, or {@code null}. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The name before a rename, or {@code null}. */
    public String getPreviousName() {
        return previousName;
    }

    public void setPreviousName(String previousName) {
        this.previousName = previousName;
    }

    /** This dimension's own plugins in document order; empty when it has no {@code <plugins>}. */
    public List<PluginConfig> getPlugins() {
        return plugins == null ? new ArrayList<>() : plugins.getPlugins();
    }

    public void setPlugins(List<PluginConfig> plugins) {
        if (this.plugins == null) {
            this.plugins = new DimensionPluginsConfig();
        }
        this.plugins.setPlugins(plugins);
    }

    /** Its {@code <plugins>} element, or {@code null}. */
    DimensionPluginsConfig pluginsElement() {
        return plugins;
    }

    /** The global plugins this dimension opts out of ({@code <exclude>} in its {@code <plugins>}), in document order. */
    public List<ExcludeConfig> getExcludedPlugins() {
        return plugins == null ? new ArrayList<>() : plugins.getExcludes();
    }

    public void setExcludedPlugins(List<ExcludeConfig> excludes) {
        if (plugins == null) {
            plugins = new DimensionPluginsConfig();
        }
        plugins.setExcludes(excludes);
    }

    /** Elements of other namespaces at the end of this dimension, in document order. */
    public List<ExtensionElement> getExtensionElements() {
        return extensionDom.stream().map(ExtensionElement::of).toList();
    }

    public void setExtensionElements(List<ExtensionElement> elements) {
        this.extensionDom = new ArrayList<>(elements.stream().map(ExtensionElement::element).toList());
    }

    /** The DOM elements of other namespaces, for {@link ConfigReader} to attach locations to. */
    List<Element> extensionDom() {
        List<Element> all = new ArrayList<>(extensionDom);
        if (plugins != null) {
            all.addAll(plugins.extensionDom());
        }
        return all;
    }

    public List<ColumnConfig> getColumns() {
        return columns;
    }

    public void setColumns(List<ColumnConfig> columns) {
        this.columns = new ArrayList<>(columns);
    }

    public List<CheckConfig> getChecks() {
        return checks;
    }

    public void setChecks(List<CheckConfig> checks) {
        this.checks = new ArrayList<>(checks);
    }

    public List<IndexConfig> getIndexes() {
        return indexes;
    }

    public void setIndexes(List<IndexConfig> indexes) {
        this.indexes = new ArrayList<>(indexes);
    }
}
