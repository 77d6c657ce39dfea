package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;

/** A {@code <column>} of a dimension, as written; the type is checked and canonicalised later. */
@XmlType(name = "ColumnType")
public class ColumnConfig extends Located {

    @XmlAttribute(name = "name", required = true)
    private String name;

    @XmlAttribute(name = "type", required = true)
    private String type;

    // Boxed and null when absent: a primitive would make JAXB treat the attribute as required.
    @XmlAttribute(name = "nullable")
    private Boolean nullable;

    @XmlAttribute(name = "default")
    private String defaultValue;

    @XmlAttribute(name = "unique")
    private Boolean unique;

    @XmlAttribute(name = "comment")
    private String comment;

    @XmlAttribute(name = "references")
    private String references;

    @XmlAttribute(name = "onDelete")
    private ReferentialAction onDelete;

    @XmlAttribute(name = "onUpdate")
    private ReferentialAction onUpdate;

    @XmlAttribute(name = "previousName")
    private String previousName;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The PostgreSQL type exactly as written, e.g. {@code varchar(80)}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** {@code false} means NOT NULL; {@code true} when the attribute is absent. */
    public boolean isNullable() {
        return nullable == null || nullable;
    }

    public void setNullable(boolean nullable) {
        this.nullable = nullable;
    }

    /** The DEFAULT as an SQL expression, or {@code null}. */
    public String getDefault() {
        return defaultValue;
    }

    public void setDefault(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    public boolean isUnique() {
        return unique != null && unique;
    }

    public void setUnique(boolean unique) {
        this.unique = unique;
    }

    /** The column comment, or {@code null}. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** The referenced dimension as {@code schema.dimension}, or {@code null} when this is no foreign key. */
    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    /** The ON DELETE action, or {@code null} for PostgreSQL's default. */
    public ReferentialAction getOnDelete() {
        return onDelete;
    }

    public void setOnDelete(ReferentialAction onDelete) {
        this.onDelete = onDelete;
    }

    /** The ON UPDATE action, or {@code null} for PostgreSQL's default. */
    public ReferentialAction getOnUpdate() {
        return onUpdate;
    }

    public void setOnUpdate(ReferentialAction onUpdate) {
        this.onUpdate = onUpdate;
    }

    /** The column's name before a rename, or {@code null}. */
    public String getPreviousName() {
        return previousName;
    }

    public void setPreviousName(String previousName) {
        this.previousName = previousName;
    }
}
