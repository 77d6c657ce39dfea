package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** A {@code <check name expression/>}: a named CHECK constraint. */
@XmlType(name = "CheckType")
public class CheckConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlAttribute(name = "expression", required = true)
    private String expression;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The boolean SQL expression, as written. */
    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }
}
