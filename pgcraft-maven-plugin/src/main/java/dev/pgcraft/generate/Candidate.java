package dev.pgcraft.generate;

import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.model.schema.SchemaState;

import java.nio.file.Path;
import java.util.List;

/**
 * A migration generate is about to write, with what it is proven against.
 *
 * @param desired           the model's state, which the migration must reach
 * @param configDisplayName how messages name the model file
 * @param migrations        the folder of the migrations already written, applied before the new one
 * @param historyTable      migrate's history table, left out of the comparison
 * @param script            the new migration's file name, e.g. {@code V3__add_prices.sql}
 * @param sql               its text
 * @param fragments         the model's SQL fragments, to point at when the server refuses one
 */
public record Candidate(SchemaState desired, String configDisplayName, Path migrations, String historyTable,
                        String script, String sql, List<ModelFragment> fragments) {

    public Candidate {
        fragments = List.copyOf(fragments);
    }
}
