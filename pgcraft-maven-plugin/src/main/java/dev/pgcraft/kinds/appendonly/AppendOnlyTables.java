package dev.pgcraft.kinds.appendonly;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.ContextKey;

import java.util.List;

/**
 * What {@link AppendOnlyTablesPlugin} produces for the plugins after it: the two backing tables of an append-only
 * dimension and the names of their generated columns.
 *
 * @param root       {@code S.T_root}: one row per living entity, holding its current values (what reads use)
 * @param attributes {@code S.T_attributes}: the version log, every version including the current one
 * @param key        the entity key column (from the pk plugin), first column of the root
 * @param pointer    the root's {@code T_attributes_id} column: the current version
 */
public record AppendOnlyTables(Table root, Table attributes, Column key, String pointer) {

    /** The context key {@link AppendOnlyTablesPlugin} produces. */
    public static final ContextKey<AppendOnlyTables> KEY = ContextKey.of("appendOnly", AppendOnlyTables.class);

    /** The version log's column naming the entity a version belongs to; deliberately no foreign key. */
    public static final String ROOT_ID = "root_id";

    /** When the entity was created (root) or the version was written (version log). */
    public static final String CREATED_AT = "created_at";

    /** When the current version was written; a copy kept on the root so reads never touch the version log. */
    public static final String UPDATED_AT = "updated_at";

    /** Set on an entity's last version when the entity is deleted, so its history says when it ended. */
    public static final String DELETED_AT = "deleted_at";

    /** The history view's version id. */
    public static final String VERSION_ID = "version_id";

    /** The history view's start of a version's validity. */
    public static final String VALID_FROM = "valid_from";

    /** The history view's end of a version's validity (NULL for a living entity's current version). */
    public static final String VALID_TO = "valid_to";

    /** Columns of the root before the user's: key, created_at, updated_at, pointer. */
    static final int GENERATED_ROOT_COLUMNS = 4;

    /** The user's columns, as the root (and the version log) hold them. */
    public List<Column> userColumns() {
        return root.columns().subList(GENERATED_ROOT_COLUMNS, root.columns().size());
    }
}
