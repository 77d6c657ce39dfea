package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A {@code <plugins>} element, global or inside a dimension. It is a class of its own (rather than an
 * {@code @XmlElementWrapper} on each owner) so the list of plugin elements below is written once: adding a
 * built-in plugin is one more {@code @XmlElement} here and one more element in the XSD's {@code PluginElements}
 * group. Plugins of other namespaces arrive as DOM elements; {@link #getPlugins()} puts both back in document
 * order. A dimension's {@code <plugins>} may also exclude global ones: {@link DimensionPluginsConfig}.
 */
@XmlType(name = "PluginsType")
class PluginsConfig extends Located {

    @XmlElements({
        @XmlElement(name = "pk", type = PkPluginConfig.class),
        @XmlElement(name = "timestamps", type = TimestampsPluginConfig.class),
        @XmlElement(name = "tenant", type = TenantPluginConfig.class),
    })
    private List<PluginConfig> plugins = new ArrayList<>();

    @XmlAnyElement
    private List<Element> extensionPlugins = new ArrayList<>();

    static PluginsConfig of(List<PluginConfig> plugins) {
        PluginsConfig config = new PluginsConfig();
        config.setPlugins(plugins);
        return config;
    }

    final void setPlugins(List<PluginConfig> plugins) {
        this.plugins = new ArrayList<>();
        this.extensionPlugins = new ArrayList<>();
        for (PluginConfig plugin : plugins) {
            if (plugin instanceof ExtensionPluginConfig extension) {
                extensionPlugins.add(extension.element().element());
            } else {
                this.plugins.add(plugin);
            }
        }
    }

    /** The built-in plugin elements JAXB bound, without the third-party ones. */
    List<PluginConfig> boundPlugins() {
        return plugins;
    }

    /** Built-in and third-party plugins in document order. */
    List<PluginConfig> getPlugins() {
        if (extensionPlugins.isEmpty()) {
            return plugins;
        }
        List<PluginConfig> all = new ArrayList<>(plugins);
        extensionPlugins.forEach(element -> all.add(new ExtensionPluginConfig(ExtensionElement.of(element))));
        all.sort(Comparator.comparingInt((PluginConfig p) -> line(p)).thenComparingInt(PluginsConfig::column));
        return all;
    }

    private static int line(Located element) {
        return element.getLocation() == null ? 0 : element.getLocation().line();
    }

    private static int column(Located element) {
        return element.getLocation() == null ? 0 : element.getLocation().column();
    }

    /** The DOM elements of other namespaces, for {@link ConfigReader} to attach their locations to. */
    List<Element> extensionDom() {
        return extensionPlugins;
    }
}
