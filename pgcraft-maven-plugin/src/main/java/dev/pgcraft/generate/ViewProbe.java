package dev.pgcraft.generate;

import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;

import java.util.List;
import java.util.Map;

/**
 * Asks PostgreSQL what the model's own views are: they are created over the rest of the model on a throwaway server
 * and read back from its catalog (see {@code dev.pgcraft.prove.ServerViewProbe}).
 */
@FunctionalInterface
public interface ViewProbe {

    /**
     * No server ({@code -Dpgcraft.prove=false}): a view that changed is an error that says it needs one.
     */
    ViewProbe NONE = (base, views, fragments, source) -> {
        throw new IllegalStateException("ViewShapes asks NONE nothing");
    };

    /**
     * No server, for goals that only compare ({@code check}): a view that changed stays unknown (no reads, no
     * columns), which differs from the snapshot, so the goal sees that generate would write.
     */
    ViewProbe UNKNOWN = (base, views, fragments, source) -> {
        throw new IllegalStateException("ViewShapes asks UNKNOWN nothing");
    };

    /**
     * @param base      the model's state without its own views and what hangs on them (their comments, indexes)
     * @param views     the model's own views, as built (their reads and columns empty), in document order
     * @param fragments the model's SQL fragments, which a refused query is reported at
     * @param source    the model file as the user names it
     * @return each view's shape, by view id
     * @throws dev.pgcraft.model.problem.PgcraftException when PostgreSQL refuses a query or the rest of the model
     */
    Map<ObjectId, Shape> shapes(SchemaState base, List<View> views, List<ModelFragment> fragments, String source);

    /**
     * What PostgreSQL says a view is.
     *
     * @param reads   the model's relations it reads (pg_depend of its rewrite rule), sorted
     * @param columns its output columns and types (pg_attribute, format_type), in order
     */
    record Shape(List<ObjectId> reads, List<ViewColumn> columns) {

        public Shape {
            reads = List.copyOf(reads);
            columns = List.copyOf(columns);
        }
    }
}
