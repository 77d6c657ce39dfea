package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlTransient;

/**
 * One plugin element inside {@code <plugins>}. Each plugin kind is a subclass bound to its own element
 * name, listed in {@link PluginsConfig}.
 */
@XmlTransient
public abstract class PluginConfig extends Located {

    /** The XML element name of this plugin, e.g. {@code pk}; also the plugin's singleton group. */
    public abstract String kind();
}
