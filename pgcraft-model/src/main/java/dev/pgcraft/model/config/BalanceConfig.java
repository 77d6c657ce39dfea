package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <balance groupBy="…" maintained="…"/>}: the sum of {@code value} per group, as {@code S.T_balances}. */
@XmlType(name = "BalanceType")
public class BalanceConfig extends GroupedConfig {

    // Boxed and null when absent: a primitive would make JAXB treat the attribute as required.
    @XmlAttribute(name = "maintained")
    private Boolean maintained;

    /** {@code true}: a table kept up to date by trigger; {@code false} (default): a view that sums on read. */
    public boolean isMaintained() {
        return maintained != null && maintained;
    }

    public void setMaintained(boolean maintained) {
        this.maintained = maintained;
    }
}
