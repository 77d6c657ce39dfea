package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;
import java.util.Map;

/**
 * A {@code <view>} or {@code <materializedView>}: its query as written and what the user said about it. What it
 * reads and returns is not here: PostgreSQL tells that at generate (see {@code dev.pgcraft.model.schema.View}).
 *
 * @param schema         its schema
 * @param name           its name
 * @param comment        the view's comment, or {@code null}
 * @param query          the query as written
 * @param materialized   whether it is a materialized view
 * @param refresh        for a materialized view how it is filled ({@code manual}, {@code afterMigrate},
 *                       {@code concurrently}); {@code null} for a plain view
 * @param columnComments output column → comment, in document order
 * @param indexes        a materialized view's indexes; empty for a plain view
 * @param location       the start tag of the element
 * @param queryLocation  the start tag of its {@code <query>}
 */
public record ViewSpec(String schema, String name, String comment, String query, boolean materialized,
                       String refresh, Map<String, String> columnComments, List<IndexSpec> indexes,
                       SourceLocation location, SourceLocation queryLocation) {

    public ViewSpec {
        columnComments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columnComments));
        indexes = List.copyOf(indexes);
    }

    /** The same view under another name (in the same schema): how the model looks before a rename. */
    public ViewSpec withName(String newName) {
        return new ViewSpec(schema, newName, comment, query, materialized, refresh, columnComments, indexes, location,
                queryLocation);
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
