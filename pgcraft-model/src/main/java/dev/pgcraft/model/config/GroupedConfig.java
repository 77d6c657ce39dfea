package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;

/** A ledger member that works per group of entries: {@code groupBy="account, currency"}. */
@XmlTransient
public abstract class GroupedConfig extends Located {

    // Kept as written; getGroupBy() splits it so the checker can also see empty entries such as "a,,b".
    @XmlAttribute(name = "groupBy", required = true)
    private String groupBy;

    /** The grouping columns, comma-separated in the file, trimmed, in order. */
    public List<String> getGroupBy() {
        return names(groupBy);
    }

    /** {@code groupBy} as written. */
    String rawGroupBy() {
        return groupBy;
    }

    /** A comma-separated list of column names as written, split and trimmed; empty entries stay, empty text is none. */
    static List<String> names(String commaSeparated) {
        List<String> names = new ArrayList<>();
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return names;
        }
        for (String part : commaSeparated.split(",", -1)) {
            names.add(part.trim());
        }
        return names;
    }

    public void setGroupBy(List<String> columns) {
        this.groupBy = String.join(", ", columns);
    }
}
