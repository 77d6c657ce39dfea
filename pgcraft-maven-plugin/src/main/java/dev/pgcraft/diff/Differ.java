package dev.pgcraft.diff;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DataKey;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two states in three steps:
 * <ol>
 *   <li><b>renames</b>: the previous state is carried over to the current names ({@link Renames}), emitting
 *       {@code ALTER … RENAME} for tables, columns and every object derived from them, so no data is lost;</li>
 *   <li><b>one sorted merge over object ids</b> (both states iterate in id order), so every kind of object is
 *       diffed the same way and the result is deterministic: objects only in the desired state are created,
 *       objects only in the previous one dropped, an object in both that differs is altered in place where
 *       PostgreSQL allows it (table columns, comments, function bodies, roles) and otherwise dropped and
 *       recreated;</li>
 *   <li><b>dependents</b>: what PostgreSQL would refuse to keep across a change — a view over a table whose column
 *       changes type or goes, anything on an object that is dropped and recreated (its triggers, grants,
 *       comments, the views reading it) — is dropped and recreated too, transitively.</li>
 * </ol>
 */
public final class Differ {

    private Differ() {
    }

    public static List<Change> diff(SchemaState previous, SchemaState desired) {
        return diff(previous, desired, Renames.NONE);
    }

    public static List<Change> diff(SchemaState previous, SchemaState desired, Renames renames) {
        List<Change> changes = new ArrayList<>();
        Map<ObjectId, DbObject> renamedFrom = new HashMap<>();
        NavigableMap<ObjectId, DbObject> carried = carry(previous, desired, renames, changes, renamedFrom);
        // Both sides iterate in id order: one merge pass pairs them.
        Iterator<DbObject> olds = carried.values().iterator();
        Iterator<DbObject> news = desired.objects().iterator();
        DbObject before = next(olds);
        DbObject after = next(news);
        while (before != null || after != null) {
            int order = before == null ? 1 : after == null ? -1 : before.id().compareTo(after.id());
            if (order > 0) {
                changes.add(new Change.Create(after));
                after = next(news);
            } else if (order < 0) {
                changes.add(new Change.Drop(before));
                before = next(olds);
            } else {
                if (!before.equals(after)) {
                    changes.addAll(alter(before, after));
                }
                before = next(olds);
                after = next(news);
            }
        }
        recreateDependents(carried, desired, changes, renamedFrom);
        // Data keys have no catalog entry: only their renames (which rewrite rows) reach the migration.
        changes.removeIf(change -> (change instanceof Change.Create || change instanceof Change.Drop)
                && change.subject().kind() == ObjectKind.DATA_KEY);
        return withoutMembershipsOfDroppedRoles(dropUnderOldNames(changes, renamedFrom));
    }

    /**
     * The previous objects under their current names, as PostgreSQL will have them once the renames ran. A table
     * is carried whatever else changed in it (the column diff handles that); any other object only when it is
     * exactly what the model made of it last time, because only then is renaming it the whole story. Functions
     * keep their body: PostgreSQL does not rewrite the text of a body after a rename, so the diff replaces it.
     */
    private static DbObject next(Iterator<DbObject> objects) {
        return objects.hasNext() ? objects.next() : null;
    }

    private static NavigableMap<ObjectId, DbObject> carry(SchemaState previous, SchemaState desired, Renames renames,
                                                 List<Change> changes, Map<ObjectId, DbObject> renamedFrom) {
        NavigableMap<ObjectId, DbObject> carried = new TreeMap<>();
        previous.objects().forEach(object -> carried.put(object.id(), object));
        List<Change> tables = new ArrayList<>();
        List<Change> columns = new ArrayList<>();
        List<Change> others = new ArrayList<>();
        for (Renames.Pair pair : renames.pairs()) {
            DbObject before = pair.before();
            DbObject after = pair.after();
            DbObject old = carried.get(before.id());
            if (old == null || !desired.contains(after.id())) {
                continue;
            }
            boolean moves = !before.id().equals(after.id());
            if (moves && carried.containsKey(after.id())) {
                throw new PgcraftException(Problem.of("PGC-GENERATE-RENAME-TAKEN",
                        "cannot rename " + before.id().describe() + " to " + after.id().name() + ": "
                                + after.id().describe() + " exists already; nothing was written.",
                        "Remove the previousName that asks for this rename, or rename the other object first."));
            }
            DbObject renamed;
            if (old instanceof Table table) {
                renamed = renameTable(table, (Table) before, (Table) after, tables, columns);
            } else if (old.equals(before) && old instanceof SqlFunction function) {
                SqlFunction target = (SqlFunction) after;
                renamed = new SqlFunction(target.schema(), target.name(), function.arguments(),
                        function.argumentTypes(), function.returns(), function.language(), function.body(),
                        function.volatility(), function.securityDefiner(), function.searchPath(), function.uses());
                if (moves) {
                    others.add(new Change.Rename(old, renamed));
                }
            } else if (old.equals(before) && old instanceof View view
                    && !view.query().equals(((View) after).query())) {
                // PostgreSQL follows renamed tables and columns inside a view, but not the view's own column
                // names nor literals made from a name (an eav view's attribute names): keep the old text, so the
                // diff drops the view under its old name and creates the new one.
                // Its columns are left unknown, so it is never replaced in place under a name it does not have yet.
                View target = (View) after;
                renamed = new View(target.schema(), target.name(), view.query(), view.materialized(), target.reads(),
                        List.of(), target.options(), target.refresh());
            } else if (old.equals(before) && old instanceof Index index
                    && !java.util.Objects.equals(index.where(), ((Index) after).where())) {
                // The same for a partial index whose predicate holds a literal made from a name.
                Index target = (Index) after;
                renamed = new Index(target.schema(), target.table(), target.name(), index.unique(), index.method(),
                        index.keys(), index.where(), target.onView());
            } else if (old.equals(before)) {
                renamed = after;
                // A data key that only moves with its renamed table keeps its value: no rows to rewrite.
                boolean sameData = old instanceof DataKey key && key.value().equals(((DataKey) after).value());
                if (moves && renameable(old) && !sameData) {
                    others.add(new Change.Rename(old, after));
                }
            } else {
                continue;
            }
            carried.remove(before.id());
            carried.put(renamed.id(), renamed);
            // An index named by the user keeps its name when its table or materialized view is renamed: dropped
            // after all, it is dropped as it was, on the relation under its old name (and so goes with it).
            if (moves || old instanceof Index && !old.equals(renamed)) {
                renamedFrom.put(renamed.id(), old);
            }
        }
        changes.addAll(tables);
        changes.addAll(columns);
        changes.addAll(others);
        return carried;
    }

    /** The table under its new name with its columns renamed, column by column as the two resolutions pair them. */
    private static Table renameTable(Table old, Table before, Table after, List<Change> tables,
                                     List<Change> columns) {
        Table target = new Table(after.schema(), after.name(), old.columns());
        if (!old.id().equals(after.id())) {
            tables.add(new Change.RenameTable(old, after.name()));
        }
        Map<String, String> newNames = new HashMap<>();
        for (int i = 0; i < before.columns().size() && i < after.columns().size(); i++) {
            String from = before.columns().get(i).name();
            String to = after.columns().get(i).name();
            if (!from.equals(to) && old.column(from).isPresent() && old.column(to).isEmpty()) {
                newNames.put(from, to);
                columns.add(new Change.RenameColumn(target, from, to));
            }
        }
        List<Column> renamed = old.columns().stream()
                .map(c -> newNames.containsKey(c.name())
                        ? new Column(newNames.get(c.name()), c.type(), c.nullable(), c.defaultValue(), c.identity())
                        : c)
                .toList();
        return new Table(after.schema(), after.name(), renamed);
    }

    /** Kinds with an {@code ALTER … RENAME}; grants and comments follow their object by themselves. */
    private static boolean renameable(DbObject object) {
        return object instanceof Constraint || object instanceof Index || object instanceof View
                || object instanceof Trigger || object instanceof DataKey;
    }

    private static List<Change> alter(DbObject before, DbObject after) {
        if (before instanceof Table from && after instanceof Table to) {
            return alterTable(from, to);
        }
        if (after instanceof Comment) {
            // COMMENT ON replaces the previous text.
            return List.of(new Change.Create(after));
        }
        if (before instanceof SqlFunction from && after instanceof SqlFunction to && replaceable(from, to)
                || before instanceof View fromView && after instanceof View toView && toView.canReplace(fromView)
                || before instanceof Role) {
            return List.of(new Change.Replace(before, after));
        }
        return List.of(new Change.Drop(before), new Change.Create(after));
    }

    /**
     * {@code CREATE OR REPLACE FUNCTION} keeps the function's triggers and grants, but PostgreSQL refuses it when the
     * result type or an argument name changes (the argument types are part of the id, so they are equal here).
     */
    private static boolean replaceable(SqlFunction from, SqlFunction to) {
        return from.returns().equals(to.returns()) && from.arguments().equals(to.arguments());
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

    /**
     * Adds a drop and a create for every object that stays the same but cannot survive what happens to something it
     * depends on. The seeds: objects dropped and recreated anyway, and the views over a table whose column changes
     * type or is dropped (PostgreSQL refuses both while a view uses the column; views record the tables they read,
     * not the columns, so every view over the table is recreated) or is renamed (PostgreSQL follows the rename but
     * keeps the view's output column under the old name). Then, transitively, everything depending on a
     * seed: triggers, grants and comments on it, views reading it.
     */
    private static void recreateDependents(Map<ObjectId, DbObject> previous, SchemaState desired,
                                           List<Change> changes, Map<ObjectId, DbObject> renamedFrom) {
        Set<ObjectId> dropped = new LinkedHashSet<>();
        Set<ObjectId> created = new LinkedHashSet<>();
        Set<ObjectId> reshaped = new LinkedHashSet<>();
        for (Change change : changes) {
            if (change instanceof Change.Drop drop) {
                dropped.add(drop.subject());
            } else if (change instanceof Change.Create create) {
                created.add(create.subject());
            } else if (change instanceof Change.DropColumn || change instanceof Change.RenameColumn
                    || change instanceof Change.AlterColumn alter && !alter.from().type().equals(alter.to().type())) {
                reshaped.add(change.subject());
            }
        }
        Deque<ObjectId> seeds = new ArrayDeque<>();
        for (ObjectId id : dropped) {
            if (created.contains(id)) {
                seeds.add(id);
            }
        }
        // With nothing recreated or reshaped (no change at all, or only additions) there are no dependents to find,
        // and mapping them is the dearest part of diffing a large model.
        // A relation dropped for good (a dimension whose kind changes turns its table into a view of the same
        // name): PostgreSQL refuses the drop while a view reads it, so a view that stays is recreated, not replaced.
        Set<ObjectId> goneRelations = new LinkedHashSet<>();
        for (ObjectId id : dropped) {
            if (!created.contains(id) && (id.kind() == ObjectKind.TABLE || id.kind() == ObjectKind.VIEW)) {
                goneRelations.add(id);
            }
        }
        Map<ObjectId, List<DbObject>> dependents = seeds.isEmpty() && reshaped.isEmpty() && goneRelations.isEmpty()
                ? Map.of() : dependentsOf(previous);
        for (ObjectId relation : goneRelations) {
            for (DbObject dependent : dependents.getOrDefault(relation, List.of())) {
                if (dependent instanceof View) {
                    seeds.add(dependent.id());
                }
            }
        }
        for (ObjectId table : reshaped) {
            // A view that is not itself renamed still names the table by its old id.
            List<DbObject> over = new ArrayList<>(dependents.getOrDefault(table, List.of()));
            if (renamedFrom.containsKey(table)) {
                over.addAll(dependents.getOrDefault(renamedFrom.get(table).id(), List.of()));
            }
            for (DbObject dependent : over) {
                if (dependent instanceof View) {
                    seeds.add(dependent.id());
                }
            }
        }
        Set<ObjectId> seen = new LinkedHashSet<>();
        while (!seeds.isEmpty()) {
            ObjectId id = seeds.poll();
            if (!seen.add(id)) {
                continue;
            }
            DbObject before = previous.get(id);
            DbObject after = desired.get(id).orElse(null);
            if (before != null && after != null && !dropped.contains(id)) {
                changes.add(new Change.Drop(before));
                dropped.add(id);
                if (!created.contains(id)) {
                    changes.add(new Change.Create(after));
                    created.add(id);
                }
            }
            dependents.getOrDefault(id, List.of()).forEach(dependent -> seeds.add(dependent.id()));
            if (renamedFrom.containsKey(id)) {
                // A renamed object that is recreated anyway (an appendOnly or eav dimension's view): a view over it
                // that is not renamed itself still reads it by its old id, and PostgreSQL refuses the drop under it.
                dependents.getOrDefault(renamedFrom.get(id).id(), List.of())
                        .forEach(dependent -> seeds.add(dependent.id()));
            }
        }
        // A view or function that could have been replaced in place is dropped and created after all when
        // something under it is: the replacement would run against an object that no longer exists.
        changes.removeIf(change -> change instanceof Change.Replace replace && dropped.contains(replace.subject()));
    }

    /**
     * Drops run before renames, so an object that was carried to its new name but is dropped after all (to be
     * recreated) is dropped under its old name, and not renamed.
     */
    private static List<Change> dropUnderOldNames(List<Change> changes, Map<ObjectId, DbObject> renamedFrom) {
        Set<ObjectId> droppedRenamed = new HashSet<>();
        List<Change> result = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.Drop drop && renamedFrom.containsKey(drop.subject())) {
                droppedRenamed.add(drop.subject());
                result.add(new Change.Drop(renamedFrom.get(drop.subject())));
            } else {
                result.add(change);
            }
        }
        result.removeIf(change -> change instanceof Change.Rename rename
                && droppedRenamed.contains(rename.to().id()));
        return result;
    }

    /**
     * Dropping a role ends every membership in it, and drops run first: a role altered in place no longer has a
     * dropped role to give up.
     */
    private static List<Change> withoutMembershipsOfDroppedRoles(List<Change> changes) {
        Set<String> droppedRoles = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof Change.Drop drop && drop.object() instanceof Role role) {
                droppedRoles.add(role.name());
            }
        }
        List<Change> result = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.Replace replace && replace.from() instanceof Role from) {
                Role kept = new Role(from.name(), from.login(),
                        from.memberOf().stream().filter(parent -> !droppedRoles.contains(parent)).toList(),
                        from.noInherit());
                result.add(new Change.Replace(kept, replace.to()));
            } else {
                result.add(change);
            }
        }
        return result;
    }

    private static Map<ObjectId, List<DbObject>> dependentsOf(Map<ObjectId, DbObject> objects) {
        Map<ObjectId, List<DbObject>> dependents = new HashMap<>();
        for (DbObject object : objects.values()) {
            for (ObjectId dependency : object.catalogDependsOn()) {
                dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(object);
            }
        }
        return dependents;
    }

    private static Map<String, Column> byName(List<Column> columns) {
        return columns.stream().collect(Collectors.toMap(Column::name, Function.identity()));
    }

    /** The destructive changes of a list, in order: what {@code pgcraft.allowDestructive} must allow. */
    public static List<Change> destructive(List<Change> changes) {
        return changes.stream().filter(Change::destructive).collect(Collectors.toList());
    }
}
