package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <minBalance groupBy="…" min="…"/>}: no insert may leave a group's balance below {@code min}. */
@XmlType(name = "MinBalanceType")
public class MinBalanceConfig extends GroupedConfig {

    @XmlAttribute(name = "min", required = true)
    private String min;

    /** The lowest allowed balance, as an SQL expression (usually a number such as {@code 0}). */
    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }
}
