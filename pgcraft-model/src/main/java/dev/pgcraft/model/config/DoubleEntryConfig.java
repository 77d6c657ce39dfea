package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;

/** {@code <doubleEntry/>}: the signed values of each entry must sum to zero when the transaction commits. */
@XmlType(name = "DoubleEntryType")
public class DoubleEntryConfig extends Located {
}
