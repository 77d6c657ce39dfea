package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two states with one sorted merge over object ids (both states iterate in id order), so every kind of
 * object is diffed the same way and the result is deterministic. Objects only in the desired state are created,
 * objects only in the previous one dropped; an object in both that differs is altered in place where PostgreSQL
 * allows it (table columns, comments) and otherwise dropped and recreated.
 */
public final class Differ {

    private Differ() {
    }

    public static List<Change> diff(SchemaState previous, SchemaState desired) {
        List<Change> changes = new ArrayList<>();
        TreeSet<ObjectId> ids = new TreeSet<>(previous.ids());
        ids.addAll(desired.ids());
        for (ObjectId id : ids) {
            DbObject before = previous.get(id).orElse(null);
            DbObject after = desired.get(id).orElse(null);
            if (before == null) {
                changes.add(new Change.Create(after));
            } else if (after == null) {
                changes.add(new Change.Drop(before));
            } else if (!before.equals(after)) {
                changes.addAll(alter(before, after));
            }
        }
        return changes;
    }

    private static List<Change> alter(DbObject before, DbObject after) {
        if (before instanceof Table from && after instanceof Table to) {
            return alterTable(from, to);
        }
        if (after instanceof Comment) {
            // COMMENT ON replaces the previous text.
            return List.of(new Change.Create(after));
        }
        return List.of(new Change.Drop(before), new Change.Create(after));
    }

    /**
     * Column by column, matched by name: new columns are added (at the end, as PostgreSQL only can), vanished
     * ones dropped, changed ones altered. Column order alone is not a change.
     */
    private static List<Change> alterTable(Table from, Table to) {
        Map<String, Column> old = byName(from.columns());
        Map<String, Column> now = byName(to.columns());
        List<Change> changes = new ArrayList<>();
        for (Column column : from.columns()) {
            if (!now.containsKey(column.name())) {
                changes.add(new Change.DropColumn(to, column));
            }
        }
        for (Column column : to.columns()) {
            Column previous = old.get(column.name());
            if (previous == null) {
                changes.add(new Change.AddColumn(to, column));
            } else if (!previous.equals(column)) {
                changes.add(new Change.AlterColumn(to, previous, column));
            }
        }
        return changes;
    }

    private static Map<String, Column> byName(List<Column> columns) {
        return columns.stream().collect(Collectors.toMap(Column::name, Function.identity()));
    }

    /** The destructive changes of a list, in order: what {@code pgcraft.allowDestructive} must allow. */
    public static List<Change> destructive(List<Change> changes) {
        return changes.stream().filter(Change::destructive).collect(Collectors.toList());
    }
}
