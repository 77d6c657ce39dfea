package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A dimension's own {@code <plugins>}: plugins that replace global ones, and {@code <exclude>}s of global ones. */
@XmlType(name = "DimensionPluginsType")
class DimensionPluginsConfig extends PluginsConfig {

    @XmlElement(name = "exclude")
    private List<ExcludeConfig> excludes = new ArrayList<>();

    List<ExcludeConfig> getExcludes() {
        return excludes;
    }

    void setExcludes(List<ExcludeConfig> excludes) {
        this.excludes = new ArrayList<>(excludes);
    }
}
