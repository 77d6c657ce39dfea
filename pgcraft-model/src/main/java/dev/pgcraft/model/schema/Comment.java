package dev.pgcraft.model.schema;

import java.util.Set;

/**
 * A {@code COMMENT ON} an object or one of its columns.
 *
 * @param on     the commented object
 * @param column the commented column, or {@code null} for the object itself
 * @param text   the comment
 * @param onMaterializedView whether {@code on} is a materialized view, which PostgreSQL names apart in
 *               {@code COMMENT ON MATERIALIZED VIEW}
 */
public record Comment(ObjectId on, String column, String text, boolean onMaterializedView) implements DbObject {

    /** A comment on anything but a materialized view. */
    public Comment(ObjectId on, String column, String text) {
        this(on, column, text, false);
    }

    @Override
    public ObjectId id() {
        String target = on.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + on.name();
        return new ObjectId(ObjectKind.COMMENT, on.schema(), target, column == null ? "" : column);
    }

    @Override
    public Set<ObjectId> dependsOn() {
        return Set.of(on);
    }
}
