package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/** The index access methods of {@code <index using="…">}. */
@XmlType(name = "IndexMethod")
@XmlEnum
public enum IndexMethod {
    @XmlEnumValue("btree") BTREE,
    @XmlEnumValue("hash") HASH,
    @XmlEnumValue("gin") GIN,
    @XmlEnumValue("gist") GIST,
    @XmlEnumValue("brin") BRIN,
    @XmlEnumValue("spgist") SPGIST;

    /** The method as written after {@code USING}, e.g. {@code gin}. */
    public String sql() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
