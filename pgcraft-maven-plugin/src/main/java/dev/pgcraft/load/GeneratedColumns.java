package dev.pgcraft.load;

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
            LedgerDimensionConfig.KIND, LEDGER,
            SimpleDimensionConfig.KIND, Map.of("id", "the primary key; its type comes from <pk type=\"…\"/>"));

    private GeneratedColumns() {
    }

    /** Generated column name → what it is, for dimensions of {@code kind}; empty for an unknown kind. */
    static Map<String, String> of(String kind) {
        return BY_KIND.getOrDefault(kind, Map.of());
    }
}
