package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <eav>}: entity-attribute-value for sparse attributes. Every attribute change is a new row; the view shows
 * one column per declared attribute with its current value.
 */
@XmlType(name = "EavDimensionType")
public class EavDimensionConfig extends DimensionConfig {

    public static final String KIND = "eav";

    @Override
    public String kind() {
        return KIND;
    }
}
