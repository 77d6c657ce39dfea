package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.KindPart;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code <sd:keyValue name="settings" valueType="jsonb">}: a dimension kind of this jar, a key-value store. The table
 * {@code S.T (key text PRIMARY KEY, value jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(), …declared
 * columns)} and the view {@code S.T_json}, the whole store as one JSON object. pgcraft reads the element's
 * {@code name}, {@code comment}, {@code previousName}, {@code <plugins>}, {@code <column>}s and {@code <check>}s as
 * for its own kinds (the XSD type extends the core {@code DimensionType}) and checks them with the same rules; this
 * kind reads its own attribute ({@code valueType}) and adds its own rules.
 */
public final class KeyValueKind implements DimensionKind {

    static final String ELEMENT = "keyValue";
    static final String KEY = "key";
    static final String VALUE = "value";
    static final String UPDATED_AT = "updated_at";

    @Override
    public String namespace() {
        return SoftDelete.NAMESPACE;
    }

    @Override
    public String kind() {
        return ELEMENT;
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new KeyValueTablePlugin(), new KeyValueJsonViewPlugin());
    }

    /** {@code references="S.T"} on another dimension's text column is a foreign key to the key. */
    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        return new ReferenceTarget(ObjectId.table(schema, name), KEY,
                ObjectId.constraint(schema, name, PrimaryKey.constraintName(name, KEY)));
    }

    @Override
    public Map<String, String> generatedColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(KEY, "the key, the table's primary key");
        columns.put(VALUE, "the value, of the dimension's valueType");
        columns.put(UPDATED_AT, "when the value was written");
        return columns;
    }

    /** The kind's own attribute, as its XSD admits it ({@code jsonb} or {@code text}); the XSD's default applied here. */
    @Override
    public KindPart part(DimensionSpec dimension) {
        return new KeyValuePart(dimension.element() == null ? "jsonb"
                : dimension.element().attribute("valueType").orElse("jsonb"));
    }

    /**
     * What this kind does not build: an index (the key is the way in) and a foreign key from a declared column. Each
     * problem points at the element at fault, like pgcraft's own.
     */
    @Override
    public void check(DimensionSpec dimension, List<Problem> problems) {
        for (IndexSpec index : dimension.indexes()) {
            problems.add(Problem.at(index.location(), "SD-KEY-VALUE-INDEX",
                    "<index> in " + dimension.kindDisplayName() + " dimension " + dimension.qualifiedName()
                            + ": a key-value store is read by its key, which is its primary key already.",
                    "Remove the <index>, or model the data as a <simple> dimension."));
        }
        for (ColumnSpec column : dimension.columns()) {
            if (column.references() != null) {
                problems.add(Problem.at(column.location(), "SD-KEY-VALUE-REFERENCES",
                        "Column \"" + column.name() + "\" of " + dimension.kindDisplayName() + " dimension "
                                + dimension.qualifiedName() + " declares references=\"" + column.references()
                                + "\"; a key-value store holds no foreign keys.",
                        "Remove references=\"…\", or move the column to a <simple> dimension."));
            }
        }
    }

    @Override
    public ObjectId relation(String schema, String name) {
        return ObjectId.table(schema, name);
    }

    /** What {@code <sd:keyValue>} declares beyond columns and checks. */
    record KeyValuePart(String valueType) implements KindPart {
        @Override
        public KindPart withColumnNames(UnaryOperator<String> rename) {
            return this;
        }
    }
}
