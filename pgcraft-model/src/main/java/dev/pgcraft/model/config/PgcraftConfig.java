package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The root {@code <pgcraft>} element: global plugins and the schemas. */
@XmlRootElement(name = "pgcraft")
@XmlType(name = "PgcraftType", propOrder = {"plugins", "schemas"})
public class PgcraftConfig extends Located {

    @XmlElement(name = "plugins")
    private PluginsConfig plugins;

    @XmlElement(name = "schema")
    private List<SchemaConfig> schemas = new ArrayList<>();

    /** The global plugins in document order; empty when there is no {@code <plugins>}. */
    public List<PluginConfig> getPlugins() {
        return plugins == null ? new ArrayList<>() : plugins.getPlugins();
    }

    public void setPlugins(List<PluginConfig> plugins) {
        this.plugins = PluginsConfig.of(plugins);
    }

    /** The schemas in document order. */
    public List<SchemaConfig> getSchemas() {
        return schemas;
    }

    public void setSchemas(List<SchemaConfig> schemas) {
        this.schemas = new ArrayList<>(schemas);
    }
}
