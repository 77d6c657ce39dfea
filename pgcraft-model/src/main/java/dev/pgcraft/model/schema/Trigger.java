package dev.pgcraft.model.schema;

import java.util.List;
import java.util.Set;

/**
 * A trigger on a table or view.
 *
 * @param schema     schema of the table or view
 * @param table      the table or view
 * @param onView     whether {@code table} names a view (INSTEAD OF triggers)
 * @param name       trigger name
 * @param timing     {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
 * @param events     {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code TRUNCATE}, in that order
 * @param forEachRow row-level ({@code true}) or statement-level
 * @param constraint a deferrable constraint trigger ({@code INITIALLY DEFERRED})
 * @param when       WHEN condition, or {@code null}
 * @param function   the trigger function's id
 */
public record Trigger(String schema, String table, boolean onView, String name, String timing, List<String> events,
                      boolean forEachRow, boolean constraint, String when, ObjectId function) implements DbObject {

    public Trigger {
        events = List.copyOf(events);
    }

    @Override
    public ObjectId id() {
        return ObjectId.trigger(schema, table, name);
    }

    public ObjectId target() {
        return onView ? ObjectId.view(schema, table) : ObjectId.table(schema, table);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(target(), function);
    }
}
