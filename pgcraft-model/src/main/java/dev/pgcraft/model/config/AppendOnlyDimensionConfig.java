package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <appendOnly>}: slowly changing dimension, type 2. Every change is a new version row; the view shows the
 * current one.
 */
@XmlType(name = "AppendOnlyDimensionType")
public class AppendOnlyDimensionConfig extends DimensionConfig {

    public static final String KIND = "appendOnly";

    @Override
    public String kind() {
        return KIND;
    }
}
