package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.List;

/**
 * {@code <desired diffKeys="…">SELECT …</desired>}: the balances an event should leave, per group of the
 * {@code diffKeys} columns; the event inserts only what is missing.
 */
@XmlType(name = "DesiredType")
public class DesiredConfig extends Located {

    @XmlAttribute(name = "diffKeys", required = true)
    private String diffKeys;

    @XmlValue
    private String query;

    /** The columns that identify a balance, comma-separated in the file, trimmed, in order. */
    /** {@code diffKeys} as written. */
    String rawDiffKeys() {
        return diffKeys;
    }

    public List<String> getDiffKeys() {
        return GroupedConfig.names(diffKeys);
    }

    public void setDiffKeys(List<String> columns) {
        this.diffKeys = String.join(", ", columns);
    }

    /** The SELECT giving the diffKeys columns and the desired {@code value}. */
    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
