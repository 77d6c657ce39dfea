package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import javax.xml.namespace.QName;

/**
 * {@code <exclude plugin="acme:nanoid"/>} in a dimension's {@code <plugins>}: opts the dimension out of a global
 * plugin. The attribute is an XML qualified name, so its prefix resolves against the namespaces declared where it is
 * written and an unprefixed name means a built-in plugin.
 */
@XmlType(name = "ExcludeType")
public class ExcludeConfig extends Located {

    @XmlAttribute(name = "plugin", required = true)
    private QName plugin;

    public ExcludeConfig() {
    }

    public ExcludeConfig(QName plugin) {
        this.plugin = plugin;
    }

    /** The excluded plugin's element name, resolved to its namespace. */
    public QName getPlugin() {
        return plugin;
    }

    public void setPlugin(QName plugin) {
        this.plugin = plugin;
    }

    /** The namespace of the excluded plugin's element ({@code urn:pgcraft:1} for a built-in). */
    public String getNamespace() {
        return plugin.getNamespaceURI();
    }

    /** The excluded plugin's element name without prefix, e.g. {@code nanoid}. */
    public String getLocalName() {
        return plugin.getLocalPart();
    }

    /** The name as the user wrote it, e.g. {@code acme:nanoid}. */
    @Override
    public String toString() {
        return plugin.getPrefix().isEmpty() ? plugin.getLocalPart() : plugin.getPrefix() + ":" + plugin.getLocalPart();
    }
}
