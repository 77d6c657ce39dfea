package dev.pgcraft.load;

import dev.pgcraft.model.config.AppendOnlyDimensionConfig;
import dev.pgcraft.model.config.EavDimensionConfig;
import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.SimpleDimensionConfig;
import java.util.Map;

/**
 * The columns pgcraft generates for each dimension kind, which users therefore cannot declare (but may index).
 * A new dimension kind adds its line here.
 */
final class GeneratedColumns {

    private static final Map<String, String> LEDGER = Map.of(
            "id", "the primary key; its type comes from <pk type=\"…\"/>",
            "entry_id", "the id the rows of one entry share",
            "created_at", "when the row was inserted",
            "value", "the signed amount, of the ledger's valueType");

    /** Kind (the XML element name) → generated column → what it is, for the error message. */
    private static final Map<String, Map<String, String>> BY_KIND = Map.of(
            SimpleDimensionConfig.KIND, Map.of("id", "the primary key; its type comes from <pk type=\"…\"/>"),
            LedgerDimensionConfig.KIND, LEDGER,
            AppendOnlyDimensionConfig.KIND, Map.of(
                    "id", "the entity key; its type comes from <pk type=\"…\"/>",
                    "created_at", "when the entity was created",
                    "updated_at", "when its current version was written"),
            EavDimensionConfig.KIND, Map.of("id", "the entity key; its type comes from <pk type=\"…\"/>",
                    "created_at", "when the entity was inserted"));

    /**
     * Kind → names pgcraft uses in the objects behind the dimension (version log, history view), which users can
     * neither declare nor index. {@code {name}} stands for the dimension's name.
     */
    private static final Map<String, Map<String, String>> INTERNAL_BY_KIND = Map.of(
            AppendOnlyDimensionConfig.KIND, Map.of(
                    "root_id", "the entity a version belongs to, in the version log",
                    "deleted_at", "when the entity was deleted, on its last version",
                    "version_id", "the version, in the history view",
                    "valid_from", "when a version became current, in the history view",
                    "valid_to", "when a version stopped being current, in the history view",
                    "{name}_attributes_id", "the root's pointer to the current version"));

    private GeneratedColumns() {
    }

    /** Generated column name → what it is, for dimensions of {@code kind}; empty for an unknown kind. */
    static Map<String, String> of(String kind) {
        return BY_KIND.getOrDefault(kind, Map.of());
    }

    /** Internal column name → what it is, for a dimension {@code name} of {@code kind}; not indexable. */
    static Map<String, String> internal(String kind, String name) {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        INTERNAL_BY_KIND.getOrDefault(kind, Map.of())
                .forEach((column, purpose) -> columns.put(column.replace("{name}", String.valueOf(name)), purpose));
        return columns;
    }
}
