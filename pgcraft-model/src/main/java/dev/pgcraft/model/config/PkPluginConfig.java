package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <pk type="…"/>}: how the generated primary key column gets its values. */
@XmlType(name = "PkPluginType")
public class PkPluginConfig extends PluginConfig {

    @XmlAttribute(name = "type")
    private PkType type = PkType.IDENTITY;

    public PkPluginConfig() {
    }

    public PkPluginConfig(PkType type) {
        this.type = type;
    }

    /** The key style; {@link PkType#IDENTITY} when the attribute is absent. */
    public PkType getType() {
        return type;
    }

    public void setType(PkType type) {
        this.type = type;
    }

    @Override
    public String kind() {
        return "pk";
    }
}
