package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

import java.util.Locale;

/** The tenant column types of {@code <tenant type="…"/>}. */
@XmlType(name = "TenantType")
@XmlEnum
public enum TenantType {
    @XmlEnumValue("uuid") UUID,
    @XmlEnumValue("text") TEXT,
    @XmlEnumValue("bigint") BIGINT;

    /** The type as PostgreSQL spells it. */
    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }
}
