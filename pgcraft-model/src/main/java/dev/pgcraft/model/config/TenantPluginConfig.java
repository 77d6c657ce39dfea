package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <tenant column="tenant_id" type="uuid|text|bigint" default="…"/>}: a tenant column on every dimension. */
@XmlType(name = "TenantPluginType")
public class TenantPluginConfig extends PluginConfig {

    @XmlAttribute(name = "column")
    private String column;

    @XmlAttribute(name = "type")
    private TenantType type;

    @XmlAttribute(name = "default")
    private String defaultValue;

    /** The column name; {@code tenant_id} when the attribute is absent. */
    public String getColumn() {
        return column == null ? "tenant_id" : column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    /** {@code uuid} (default), {@code text} or {@code bigint}. */
    public TenantType getType() {
        return type == null ? TenantType.UUID : type;
    }

    public void setType(TenantType type) {
        this.type = type;
    }

    /** The column's default (an SQL expression), which fills existing rows when the column is added; or {@code null}. */
    public String getDefaultValue() {
        return defaultValue;
    }

    public void setDefaultValue(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    @Override
    public String kind() {
        return "tenant";
    }
}
