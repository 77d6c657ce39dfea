package dev.pgcraft.model.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A view (plain or materialized).
 *
 * @param schema       schema
 * @param name         view name
 * @param query        the SELECT, as SQL text
 * @param materialized whether it is a materialized view
 * @param reads        tables and views the query reads: they must exist first, and changing them in a way
 *                     PostgreSQL refuses in place means dropping and recreating this view
 */
public record View(String schema, String name, String query, boolean materialized, List<ObjectId> reads)
        implements DbObject {

    public View {
        reads = List.copyOf(reads);
    }

    @Override
    public ObjectId id() {
        return ObjectId.view(schema, name);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        Set<ObjectId> ids = new LinkedHashSet<>();
        ids.add(ObjectId.schema(schema));
        ids.addAll(reads);
        return ids;
    }
}
