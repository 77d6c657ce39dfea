package dev.pgcraft.model.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The model's {@code previousName}s: which dimensions and columns had another name when the last migration was
 * generated. Keys are current names; a dimension is named {@code schema.dimension}.
 *
 * @param dimensions current {@code schema.dimension} → its previous name (without the schema: renames stay in
 *                   their schema)
 * @param columns    current {@code schema.dimension} → current column name → previous column name
 */
public record RenameMap(Map<String, String> dimensions, Map<String, Map<String, String>> columns) {

    public static final RenameMap NONE = new RenameMap(Map.of(), Map.of());

    public RenameMap {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        columns.forEach((dimension, renamed) -> {
            if (!renamed.isEmpty()) {
                copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(renamed)));
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** Whether the model renames anything. */
    public boolean isEmpty() {
        return dimensions.isEmpty() && columns.isEmpty();
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
