package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The root {@code <pgcraft>} element: global plugins, extensions and the schemas. */
@XmlRootElement(name = "pgcraft")
@XmlType(name = "PgcraftType", propOrder = {"plugins", "extensions", "schemas"})
public class PgcraftConfig extends Located {

    @XmlElement(name = "plugins")
    private PluginsConfig plugins;

    @XmlElement(name = "extensions")
    private ExtensionsConfig extensions;

    @XmlElement(name = "schema")
    private List<SchemaConfig> schemas = new ArrayList<>();

    /** The global plugins in document order; empty when there is no {@code <plugins>}. */
    public List<PluginConfig> getPlugins() {
        return plugins == null ? new ArrayList<>() : plugins.getPlugins();
    }

    public void setPlugins(List<PluginConfig> plugins) {
        this.plugins = PluginsConfig.of(plugins);
    }

    /** The children of {@code <extensions>} in document order; empty when there is none. */
    public List<ExtensionElement> getExtensions() {
        return extensions == null ? List.of() : extensions.elements();
    }

    public void setExtensions(List<ExtensionElement> elements) {
        this.extensions = ExtensionsConfig.of(elements);
    }

    /** Every DOM element of another namespace in the file, for {@link ConfigReader} to attach locations to. */
    List<org.w3c.dom.Element> extensionDom() {
        List<org.w3c.dom.Element> all = new ArrayList<>();
        if (plugins != null) {
            all.addAll(plugins.extensionDom());
        }
        if (extensions != null) {
            all.addAll(extensions.dom());
        }
        for (SchemaConfig schema : schemas) {
            all.addAll(schema.extensionDom());
            schema.getDimensions().forEach(dimension -> all.addAll(dimension.extensionDom()));
        }
        return all;
    }

    /** The schemas in document order. */
    public List<SchemaConfig> getSchemas() {
        return schemas;
    }

    public void setSchemas(List<SchemaConfig> schemas) {
        this.schemas = new ArrayList<>(schemas);
    }
}
