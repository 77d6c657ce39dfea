package dev.pgcraft.model.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The model's {@code previousName}s: which dimensions, columns and views had another name when the last migration
 * was generated. Keys are current names; a dimension or view is named {@code schema.name}.
 *
 * @param dimensions current {@code schema.dimension} → its previous name (without the schema: renames stay in
 *                   their schema)
 * @param columns    current {@code schema.dimension} → current column name → previous column name
 * @param views      current {@code schema.view} (a {@code <view>} or {@code <materializedView>}) → its previous name
 *                   (without the schema: a view's rename stays in its schema too)
 */
public record RenameMap(Map<String, String> dimensions, Map<String, Map<String, String>> columns,
                        Map<String, String> views) {

    public static final RenameMap NONE = new RenameMap(Map.of(), Map.of(), Map.of());

    public RenameMap {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        views = Collections.unmodifiableMap(new LinkedHashMap<>(views));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        columns.forEach((dimension, renamed) -> {
            if (!renamed.isEmpty()) {
                copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(renamed)));
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** Dimension and column renames only. */
    public RenameMap(Map<String, String> dimensions, Map<String, Map<String, String>> columns) {
        this(dimensions, columns, Map.of());
    }

    /** Whether the model renames anything. */
    public boolean isEmpty() {
        return dimensions.isEmpty() && columns.isEmpty() && views.isEmpty();
    }

    /** The previous name of view {@code qualified} ({@code schema.view}), if it was renamed. */
    public Optional<String> previousView(String qualified) {
        return Optional.ofNullable(views.get(qualified));
    }

    /** The current name (without schema) of the view of {@code schema} that was called {@code previousName}. */
    public String currentView(String schema, String previousName) {
        for (Map.Entry<String, String> entry : views.entrySet()) {
            if (entry.getValue().equals(previousName) && entry.getKey().startsWith(schema + ".")) {
                return entry.getKey().substring(schema.length() + 1);
            }
        }
        return previousName;
    }

    /** The previous name of dimension {@code qualified} ({@code schema.dimension}), if it was renamed. */
    public Optional<String> previousDimension(String qualified) {
        return Optional.ofNullable(dimensions.get(qualified));
    }

    /** The previous name of a column, if it was renamed. */
    public Optional<String> previousColumn(String qualifiedDimension, String column) {
        return Optional.ofNullable(columns.getOrDefault(qualifiedDimension, Map.of()).get(column));
    }

    /** {@code schema.dimension} under its previous name (itself when not renamed). */
    public String previousQualified(String qualified) {
        String previous = dimensions.get(qualified);
        return previous == null ? qualified : qualified.substring(0, qualified.indexOf('.') + 1) + previous;
    }

    /** The current {@code schema.dimension} of a dimension known under its previous qualified name. */
    public String currentQualified(String previousQualified) {
        for (Map.Entry<String, String> entry : dimensions.entrySet()) {
            if (previousQualified(entry.getKey()).equals(previousQualified)) {
                return entry.getKey();
            }
        }
        return previousQualified;
    }
}
