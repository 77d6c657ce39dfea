package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;

/** The {@code onDelete} / {@code onUpdate} actions of a foreign key. */
@XmlType(name = "ReferentialAction")
@XmlEnum
public enum ReferentialAction {
    @XmlEnumValue("noAction") NO_ACTION("NO ACTION"),
    @XmlEnumValue("restrict") RESTRICT("RESTRICT"),
    @XmlEnumValue("cascade") CASCADE("CASCADE"),
    @XmlEnumValue("setNull") SET_NULL("SET NULL"),
    @XmlEnumValue("setDefault") SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as PostgreSQL spells it after {@code ON DELETE}, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
