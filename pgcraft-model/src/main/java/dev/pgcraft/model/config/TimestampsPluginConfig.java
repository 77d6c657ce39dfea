package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;

/** {@code <timestamps/>}: {@code created_at} and {@code updated_at} on every dimension, kept by the database. */
@XmlType(name = "TimestampsPluginType")
public class TimestampsPluginConfig extends PluginConfig {

    /** The element's name. */
    public static final String ELEMENT = "timestamps";

    @Override
    public String kind() {
        return ELEMENT;
    }
}
