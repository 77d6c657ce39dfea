package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** A {@code <param name type/>} of a ledger event: one argument of its function. */
@XmlType(name = "EventParamType")
public class EventParamConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlAttribute(name = "type", required = true)
    private String type;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The PostgreSQL type as written, e.g. {@code numeric}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
