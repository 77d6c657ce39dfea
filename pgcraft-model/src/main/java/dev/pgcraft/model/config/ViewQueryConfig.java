package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;

/** A view's {@code <query>}: its text, and where it starts, so PostgreSQL's complaints point into it. */
@XmlType(name = "ViewQueryType")
public class ViewQueryConfig extends Located {

    @XmlValue
    private String text;

    /** The query as written (CDATA and entities resolved), or {@code null} when the element is empty. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
