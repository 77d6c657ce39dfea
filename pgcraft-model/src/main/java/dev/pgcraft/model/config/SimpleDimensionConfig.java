package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;

/** {@code <simple>}: one plain table, one row per entity. */
@XmlType(name = "SimpleDimensionType")
public class SimpleDimensionConfig extends DimensionConfig {

    public static final String KIND = "simple";

    @Override
    public String kind() {
        return KIND;
    }
}
