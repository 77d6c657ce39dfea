package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A {@code <view name="…">} with its {@code <query>} and column comments. */
@XmlType(name = "ViewType", propOrder = {"query", "columns"})
@XmlSeeAlso(MaterializedViewConfig.class)
public class ViewConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlAttribute(name = "comment")
    private String comment;

    @XmlAttribute(name = "previousName")
    private String previousName;

    @XmlElement(name = "query", required = true)
    private ViewQueryConfig query;

    @XmlElement(name = "column")
    private List<ViewColumnConfig> columns = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The view's comment, or {@code null}. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The name the view had when the last migration was generated, to rename it; or {@code null}. */
    public String getPreviousName() {
        return previousName;
    }

    public void setPreviousName(String previousName) {
        this.previousName = previousName;
    }

    /** The {@code <query>} element; never {@code null} in a file the XSD accepted. */
    public ViewQueryConfig getQuery() {
        return query;
    }

    public void setQuery(ViewQueryConfig query) {
        this.query = query;
    }

    /** The column comments in document order. */
    public List<ViewColumnConfig> getColumns() {
        return columns;
    }

    public void setColumns(List<ViewColumnConfig> columns) {
        this.columns = new ArrayList<>(columns);
    }

    /** Whether this is a {@code <materializedView>}. */
    public boolean isMaterialized() {
        return false;
    }
}
