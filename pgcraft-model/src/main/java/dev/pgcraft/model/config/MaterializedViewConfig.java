package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A {@code <materializedView name="…" refresh="…">}: a view's query and comments, plus indexes and a refresh mode. */
@XmlType(name = "MaterializedViewType", propOrder = {"indexes"})
public class MaterializedViewConfig extends ViewConfig {

    @XmlElement(name = "index")
    private List<IndexConfig> indexes = new ArrayList<>();

    @XmlAttribute(name = "refresh")
    private RefreshMode refresh;

    /** The indexes in document order. */
    public List<IndexConfig> getIndexes() {
        return indexes;
    }

    public void setIndexes(List<IndexConfig> indexes) {
        this.indexes = new ArrayList<>(indexes);
    }

    /** The refresh mode; {@link RefreshMode#MANUAL} when the attribute is absent. */
    public RefreshMode getRefresh() {
        return refresh == null ? RefreshMode.MANUAL : refresh;
    }

    public void setRefresh(RefreshMode refresh) {
        this.refresh = refresh;
    }

    @Override
    public boolean isMaterialized() {
        return true;
    }
}
