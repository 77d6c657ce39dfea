package dev.pgcraft.model.config;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** An {@code <index>} on a comma-separated list of columns or on one expression. */
@XmlType(name = "IndexType")
public class IndexConfig extends Located {

    @XmlAttribute(name = "name")
    private String name;

    // Kept as written; getColumns() splits it so the checker can also see empty entries such as "a,,b".
    @XmlAttribute(name = "columns")
    private String columns;

    @XmlAttribute(name = "expression")
    private String expression;

    // Boxed and null when absent: a primitive would make JAXB treat the attribute as required.
    @XmlAttribute(name = "unique")
    private Boolean unique;

    @XmlAttribute(name = "where")
    private String where;

    @XmlAttribute(name = "using")
    private IndexMethod using = IndexMethod.BTREE;

    /** The index name, or {@code null} when pgcraft should derive one. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /**
     * The column names from {@code columns}, split at commas and trimmed, in the order written; empty when the
     * attribute is absent or blank. An empty entry (as in {@code "a,,b"}) is kept as {@code ""}.
     */
    public List<String> getColumns() {
        List<String> names = new ArrayList<>();
        if (columns == null || columns.isBlank()) {
            return names;
        }
        for (String part : columns.split(",", -1)) {
            names.add(part.trim());
        }
        return names;
    }

    public void setColumns(List<String> columns) {
        this.columns = columns.isEmpty() ? null : String.join(", ", columns);
    }

    /** The indexed SQL expression, or {@code null}. */
    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public boolean isUnique() {
        return unique != null && unique;
    }

    public void setUnique(boolean unique) {
        this.unique = unique;
    }

    /** The partial-index predicate, or {@code null}. */
    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    /** The access method; {@link IndexMethod#BTREE} when the attribute is absent. */
    public IndexMethod getUsing() {
        return using;
    }

    public void setUsing(IndexMethod using) {
        this.using = using;
    }
}
