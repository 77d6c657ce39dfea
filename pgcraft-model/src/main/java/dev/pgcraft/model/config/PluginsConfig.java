package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <plugins>} element, global or inside a dimension. It is a class of its own (rather than an
 * {@code @XmlElementWrapper} on each owner) so the list of plugin elements below is written once: adding a
 * plugin is one more {@code @XmlElement} here and one more element in the XSD's {@code PluginElements} group.
 */
@XmlType(name = "PluginsType")
class PluginsConfig extends Located {

    @XmlElements({
        @XmlElement(name = "pk", type = PkPluginConfig.class),
    })
    private List<PluginConfig> plugins = new ArrayList<>();

    static PluginsConfig of(List<PluginConfig> plugins) {
        PluginsConfig config = new PluginsConfig();
        config.plugins = new ArrayList<>(plugins);
        return config;
    }

    List<PluginConfig> getPlugins() {
        return plugins;
    }
}
