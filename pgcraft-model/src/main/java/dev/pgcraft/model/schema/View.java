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
 * @param columns      the query's output columns in order, or empty when unknown. Known columns let a changed
 *                     view be replaced in place ({@code CREATE OR REPLACE VIEW}, which keeps its triggers, grants
 *                     and dependent views) when it only adds columns at the end; unknown ones mean drop and create
 * @param options      the view's storage parameters as PostgreSQL lists them ({@code security_invoker=true},
 *                     {@code security_barrier=true}, comma-separated), written in {@code CREATE VIEW … WITH (…)}; or
 *                     {@code null} for none (also what snapshots written before views carried options mean)
 * @param refresh      for a materialized view that {@code migrate} fills after the migration's transaction
 *                     ({@code afterMigrate} or {@code concurrently}): created {@code WITH NO DATA}; {@code null} for
 *                     one filled when created ({@code manual}) and for plain views
 */
public record View(String schema, String name, String query, boolean materialized, List<ObjectId> reads,
                   List<ViewColumn> columns, String options, String refresh) implements DbObject {

    public View {
        reads = List.copyOf(reads);
        // Snapshots written before views carried their columns read back with none: unknown.
        columns = List.copyOf(columns);
    }

    /** A view that is filled when created. */
    public View(String schema, String name, String query, boolean materialized, List<ObjectId> reads,
                List<ViewColumn> columns, String options) {
        this(schema, name, query, materialized, reads, columns, options, null);
    }

    /** The same view with what PostgreSQL says it reads and returns. */
    public View withShape(List<ObjectId> newReads, List<ViewColumn> newColumns) {
        return new View(schema, name, query, materialized, newReads, newColumns, options, refresh);
    }

    /** A view without storage parameters. */
    public View(String schema, String name, String query, boolean materialized, List<ObjectId> reads,
                List<ViewColumn> columns) {
        this(schema, name, query, materialized, reads, columns, null);
    }

    /** A view whose output columns are not declared: any change to it drops and recreates it. */
    public View(String schema, String name, String query, boolean materialized, List<ObjectId> reads) {
        this(schema, name, query, materialized, reads, List.of());
    }

    /**
     * Whether PostgreSQL can turn {@code previous} into this view with {@code CREATE OR REPLACE VIEW}: both plain
     * views with known columns, and every column of {@code previous} still here, in the same place, with the same
     * type (new columns may only follow them).
     */
    public boolean canReplace(View previous) {
        // Options change by drop and create: CREATE OR REPLACE would keep parameters the model no longer has.
        if (materialized || previous.materialized || previous.columns.isEmpty()
                || columns.size() < previous.columns.size() || !java.util.Objects.equals(options, previous.options)) {
            return false;
        }
        // Defaults are set apart from the query (ALTER VIEW … SET DEFAULT), so they may change in place too.
        for (int i = 0; i < previous.columns.size(); i++) {
            if (!columns.get(i).sameShape(previous.columns.get(i))) {
                return false;
            }
        }
        return true;
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
