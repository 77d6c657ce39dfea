package dev.pgcraft.kinds.eav;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.ContextKey;
import dev.pgcraft.model.spi.ObjectNames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How an {@code <eav>} dimension stores its attributes: the entity table, the attribute log, and which typed value
 * column of the log holds each declared attribute.
 *
 * <p>The log has one value column per <em>exact</em> canonical type in use ({@code numeric(10,2)} and
 * {@code numeric} are two columns), so the view and the triggers never cast: each attribute reads and writes the
 * column of its own type. Value columns are named after the type, not after the attributes, so adding an attribute
 * of a type already in use adds no column and renaming one touches no column.
 *
 * @param entity       {@code S.T_entity}: one row per live entity
 * @param attribute    {@code S.T_attribute}: every value ever written, current and superseded
 * @param valueColumns declared attribute (in document order) → the value column holding it
 * @param types        declared attribute → its canonical type
 */
public record EavStorage(Table entity, Table attribute, Map<String, String> valueColumns, Map<String, String> types) {

    /** The context key {@link EavTablesPlugin} produces. */
    public static final ContextKey<EavStorage> KEY = ContextKey.of("eav", EavStorage.class);

    /** Entity and attribute rows: when they were written. */
    public static final String CREATED_AT = "created_at";
    /** Attribute rows: when a later write (or the entity's delete) replaced them; NULL on current rows. */
    public static final String SUPERSEDED_AT = "superseded_at";
    /** Attribute rows: the owning entity's id. */
    public static final String ENTITY_ID = "entity_id";
    /** Attribute rows: the declared column the row is a value of. */
    public static final String ATTRIBUTE_NAME = "attribute_name";
    /** Attribute rows: their own key, which also orders the history. */
    public static final String ATTRIBUTE_ID = "id";

    private static final String TIMESTAMPTZ = "timestamp with time zone";

    /** Canonical type words shortened in value column names, so {@code value_varchar_80} reads like SQL. */
    private static final Map<String, String> SHORT_TYPE_WORDS = new TreeMap<>(Map.of(
            "character varying", "varchar",
            "double precision", "float8",
            "bit varying", "varbit"));

    public EavStorage {
        valueColumns = Collections.unmodifiableMap(new LinkedHashMap<>(valueColumns));
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** {@code T_entity}. */
    public static String entityTable(String dimension) {
        return ObjectNames.fit(dimension + "_entity");
    }

    /** {@code T_attribute}. */
    public static String attributeTable(String dimension) {
        return ObjectNames.fit(dimension + "_attribute");
    }

    /** Builds the storage of {@code dimension} in {@code schema}, keyed by {@code key} (from the pk plugin). */
    static EavStorage of(String schema, DimensionSpec dimension, Column key) {
        Map<String, String> valueColumns = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (ColumnSpec column : dimension.columns()) {
            String type = column.type();
            types.put(column.name(), type);
            valueColumns.put(column.name(), valueColumn(type));
        }
        Table entity = new Table(schema, entityTable(dimension.name()), List.of(key,
                new Column(CREATED_AT, TIMESTAMPTZ, false, "now()", Identity.NONE)));
        List<Column> logColumns = new ArrayList<>(List.of(
                new Column(ATTRIBUTE_ID, "bigint", false, null, Identity.BY_DEFAULT),
                new Column(ENTITY_ID, referencingType(key.type()), false, null, Identity.NONE),
                new Column(ATTRIBUTE_NAME, "text", false, null, Identity.NONE),
                new Column(CREATED_AT, TIMESTAMPTZ, false, "now()", Identity.NONE),
                new Column(SUPERSEDED_AT, TIMESTAMPTZ, true, null, Identity.NONE)));
        // One value column per type, sorted by name: the table changes only when a type comes into or goes out of
        // use, never when attributes are reordered or renamed.
        Map<String, String> typeOfValueColumn = new TreeMap<>();
        valueColumns.forEach((attribute, valueColumn) -> typeOfValueColumn.put(valueColumn, types.get(attribute)));
        typeOfValueColumn.forEach((valueColumn, type) -> logColumns.add(
                new Column(valueColumn, type, true, null, Identity.NONE)));
        Table attribute = new Table(schema, attributeTable(dimension.name()), logColumns);
        return new EavStorage(entity, attribute, valueColumns, types);
    }

    /** The value columns of the log, sorted by name. */
    public List<String> valueColumnNames() {
        return List.copyOf(new TreeSet<>(valueColumns.values()));
    }

    /**
     * {@code value_<type>}: the canonical type, a few long spellings shortened ({@code timestamp(3) with time zone}
     * → {@code timestamptz_3}, {@code character varying} → {@code varchar}), every run of characters other than
     * letters and digits turned into one underscore ({@code numeric(10,2)} → {@code value_numeric_10_2},
     * {@code text[]} → {@code value_text_array}), fit to 63 bytes.
     */
    public static String valueColumn(String canonicalType) {
        // timestamp(3) with time zone → timestamptz(3); without time zone is the default spelling's meaning.
        String type = canonicalType.replace(" without time zone", "");
        if (type.contains(" with time zone")) {
            type = type.replace(" with time zone", "").replaceFirst("^(timestamp|time)", "$1tz");
        }
        for (Map.Entry<String, String> shorter : SHORT_TYPE_WORDS.entrySet()) {
            type = type.replace(shorter.getKey(), shorter.getValue());
        }
        String slug = type.replace("[]", " array").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return ObjectNames.fit("value_" + slug);
    }

    /** The type of a column holding a key of type {@code keyType}: a {@code serial} key is an integer. */
    static String referencingType(String keyType) {
        return "serial".equals(keyType) ? "integer" : keyType;
    }
}
