package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Policy;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.Revocation;
import dev.pgcraft.model.schema.RowSecurity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Trigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts changes in an order PostgreSQL accepts. The policy, in one place:
 * <ol>
 *   <li>drops first, each object before the objects it depends on, all under the names they have before the
 *       migration; drops PostgreSQL does by itself (a dropped table's own constraints, indexes, triggers, grants
 *       and comments) are left out, their dependencies moved to the object that takes them along;</li>
 *   <li>then renames: tables, then columns, then the objects named after them;</li>
 *   <li>then column changes of tables that stay, under their new names;</li>
 *   <li>then creates and in-place replacements, each object after the objects it depends on (so foreign keys
 *       come after both tables).</li>
 * </ol>
 * Among objects that are ready at the same time, those of one table stay together (the table, its key, unique
 * and check constraints, indexes, foreign keys, triggers, grants, comments), tables in name order, so a file
 * reads table by table; any remaining tie is broken by object id, so the same changes always come out in the
 * same order.
 */
public final class ChangeOrder {

    private ChangeOrder() {
    }

    public static List<Change> order(List<Change> changes) {
        List<Change.Drop> drops = new ArrayList<>();
        List<Change> renames = new ArrayList<>();
        List<Change> columns = new ArrayList<>();
        List<Change> creates = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.Drop drop) {
                drops.add(drop);
            } else if (change instanceof Change.Create || change instanceof Change.Replace) {
                creates.add(change);
            } else if (change instanceof Change.RenameTable || change instanceof Change.RenameColumn
                    || change instanceof Change.Rename) {
                renames.add(change);
            } else {
                columns.add(change);
            }
        }
        DefaultCalls dropped = new DefaultCalls(drops.stream().map(Change::subject).toList());
        DefaultCalls made = new DefaultCalls(creates.stream().filter(Change.Create.class::isInstance)
                .map(Change::subject).toList());
        List<Change.Drop> lateDrops = lateDrops(drops, columns, dropped);
        List<Change> earlyCreates = earlyCreates(creates, columns, made);
        drops.removeAll(lateDrops);
        creates.removeAll(earlyCreates);
        List<Change> ordered = new ArrayList<>(dropOrderBreakingCycles(drops, dropped));
        // The differ emits renames tables first, then columns, then the rest: that order is already right.
        ordered.addAll(renames);
        ordered.addAll(createOrder(earlyCreates, made));
        ordered.addAll(columns);
        ordered.addAll(dropOrderBreakingCycles(lateDrops, dropped));
        ordered.addAll(createOrder(creates, made));
        return ordered;
    }

    /** Creates after the objects they depend on, and a table or view after the functions its defaults call. */
    private static List<Change> createOrder(List<Change> creates, DefaultCalls made) {
        Function<Change, Set<ObjectId>> dependencies = made.isEmpty() ? change -> created(change).dependsOn()
                : change -> {
                    Set<ObjectId> needs = new HashSet<>(created(change).dependsOn());
                    needs.addAll(made.of(created(change)));
                    return needs;
                };
        return topological(creates, dependencies, Change::subject, change -> readingKey(created(change)));
    }

    /**
     * The functions a column added or changed in place calls in its new default (and what they need that is created
     * too, such as their schema): column changes come before creates, so these are created before them.
     */
    private static List<Change> earlyCreates(List<Change> creates, List<Change> columns, DefaultCalls made) {
        Set<ObjectId> needed = new HashSet<>();
        for (Change change : columns) {
            if (change instanceof Change.AddColumn add) {
                needed.addAll(made.of(add.column()));
            } else if (change instanceof Change.AlterColumn alter) {
                needed.addAll(made.of(alter.to()));
            }
        }
        if (needed.isEmpty()) {
            return List.of();
        }
        Map<ObjectId, Change> byId = new HashMap<>();
        creates.forEach(change -> byId.put(change.subject(), change));
        List<Change> early = new ArrayList<>();
        List<ObjectId> pending = new ArrayList<>(needed);
        Set<ObjectId> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Change change = byId.get(pending.remove(pending.size() - 1));
            if (change != null && seen.add(change.subject())) {
                early.add(change);
                pending.addAll(created(change).dependsOn());
            }
        }
        return early;
    }

    /**
     * The functions a dropped or changed column calls in its old default (and what goes with them: their comments and
     * grants, and what they need that is dropped too, such as their schema): PostgreSQL refuses to drop a function a
     * default still calls, so these are dropped after the column changes.
     */
    private static List<Change.Drop> lateDrops(List<Change.Drop> drops, List<Change> columns, DefaultCalls dropped) {
        Set<ObjectId> late = new HashSet<>();
        for (Change change : columns) {
            if (change instanceof Change.DropColumn drop) {
                late.addAll(dropped.of(drop.column()));
            } else if (change instanceof Change.AlterColumn alter) {
                late.addAll(dropped.of(alter.from()));
            }
        }
        if (late.isEmpty()) {
            return List.of();
        }
        Map<ObjectId, Change.Drop> byId = new HashMap<>();
        drops.forEach(drop -> byId.put(drop.subject(), drop));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Change.Drop drop : drops) {
                if (late.contains(drop.subject())) {
                    for (ObjectId dependency : drop.object().catalogDependsOn()) {
                        grew |= byId.containsKey(dependency) && late.add(dependency);
                    }
                } else if (late.contains(owner(drop.object()))) {
                    grew |= late.add(drop.subject());
                }
            }
        }
        return drops.stream().filter(drop -> late.contains(drop.subject())).toList();
    }

    private static DbObject created(Change change) {
        return change instanceof Change.Replace replace ? replace.to() : ((Change.Create) change).object();
    }

    /**
     * Drops in reverse dependency order. An object PostgreSQL drops together with its owner is not dropped on its
     * own, but its dependencies still count: they are moved to the owner, so that, say, a table whose trigger uses
     * a function is dropped before the function, and a table whose foreign key points at another table is dropped
     * before that table.
     */
    private static List<Change.Drop> dropOrderBreakingCycles(List<Change.Drop> drops, DefaultCalls dropped) {
        try {
            return dropOrder(drops, dropped, false);
        } catch (DependencyCycle cycle) {
            return dropOrder(drops, dropped, true);
        }
    }

    private static List<Change.Drop> dropOrder(List<Change.Drop> drops, DefaultCalls calls,
                                               boolean separateForeignKeys) {
        Map<ObjectId, ObjectId> implied = new HashMap<>();
        Set<ObjectId> dropped = drops.stream().map(Change::subject).collect(Collectors.toSet());
        for (Change.Drop drop : drops) {
            ObjectId owner = owner(drop.object());
            if (owner != null && dropped.contains(owner)
                    && !(separateForeignKeys && betweenDroppedTables(drop.object(), owner, dropped))) {
                implied.put(drop.subject(), owner);
            }
        }
        Map<ObjectId, Set<ObjectId>> dependencies = new HashMap<>();
        for (Change.Drop drop : drops) {
            ObjectId node = resolve(drop.subject(), implied);
            Set<ObjectId> needs = dependencies.computeIfAbsent(node, k -> new HashSet<>());
            Set<ObjectId> catalog = drop.object().catalogDependsOn();
            if (!calls.isEmpty()) {
                // A table or view whose default calls a dropped function goes first (PostgreSQL records that use).
                catalog = new HashSet<>(catalog);
                catalog.addAll(calls.of(drop.object()));
            }
            for (ObjectId dependency : catalog) {
                ObjectId target = resolve(dependency, implied);
                if (!target.equals(node)) {
                    needs.add(target);
                }
            }
        }
        List<Change.Drop> explicit = drops.stream().filter(drop -> !implied.containsKey(drop.subject()))
                .collect(Collectors.toList());
        List<Change.Drop> order = topological(explicit, drop -> dependencies.get(drop.subject()), Change::subject,
                drop -> readingKey(drop.object()));
        List<Change.Drop> reversed = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            reversed.add(order.get(i));
        }
        return reversed;
    }

    /**
     * A foreign key between two tables that both go, folded into its table, makes that table wait for the other;
     * when two tables reference each other that waits forever, so then such keys are dropped on their own, first.
     */
    private static boolean betweenDroppedTables(DbObject object, ObjectId owner, Set<ObjectId> dropped) {
        return object instanceof Constraint constraint && constraint.referencedTable() != null
                && !constraint.referencedTable().equals(owner) && dropped.contains(constraint.referencedTable());
    }

    private static ObjectId resolve(ObjectId id, Map<ObjectId, ObjectId> implied) {
        ObjectId current = id;
        while (implied.containsKey(current)) {
            current = implied.get(current);
        }
        return current;
    }

    /**
     * Sort key among ready objects: schemas and roles first, then per owning table or view (its qualified name),
     * then by a rank within the table: the table itself, primary key, unique, check, indexes, foreign keys,
     * functions, triggers, grants and revocations, comments, row security, policies.
     */
    private static String readingKey(DbObject object) {
        ObjectId id = object.id();
        if (object instanceof Schema || object instanceof Role) {
            return "0 " + id.kind().ordinal() + " " + id.name();
        }
        ObjectId owner = owner(object);
        ObjectId group = owner != null ? owner : id;
        // Zero-padded rank: these keys compare as text.
        int rank = rank(object);
        return "1 " + group.schema() + "." + group.name() + (rank < 10 ? " 0" : " ") + rank + " " + id.name();
    }

    private static int rank(DbObject object) {
        if (object instanceof Constraint constraint) {
            return 1 + constraint.type().ordinal() * 2;
        }
        if (object instanceof Index) {
            return 6;
        }
        if (object instanceof SqlFunction) {
            return 10;
        }
        if (object instanceof Trigger) {
            return 11;
        }
        if (object instanceof Grant || object instanceof Revocation) {
            return 12;
        }
        if (object instanceof Comment) {
            return 13;
        }
        if (object instanceof RowSecurity) {
            return 14;
        }
        if (object instanceof Policy) {
            return 15;
        }
        return 0;
    }

    /** The object whose drop takes this one with it, or {@code null}. */
    private static ObjectId owner(DbObject object) {
        if (object instanceof Constraint constraint) {
            return ObjectId.table(constraint.schema(), constraint.table());
        }
        if (object instanceof Index index) {
            return index.dependsOn().iterator().next();
        }
        if (object instanceof Trigger trigger) {
            return trigger.target();
        }
        if (object instanceof Grant grant) {
            return grant.on();
        }
        if (object instanceof Revocation revocation) {
            return revocation.on();
        }
        if (object instanceof Comment comment) {
            return comment.on();
        }
        if (object instanceof RowSecurity security) {
            return security.on();
        }
        if (object instanceof Policy policy) {
            return policy.on();
        }
        return null;
    }

    private static final class DependencyCycle extends IllegalStateException {
        DependencyCycle(String message) {
            super(message);
        }
    }

    /**
     * Kahn's algorithm over the dependencies among the given objects; among the ready objects, the one with the
     * smallest reading key goes next, then the smallest id. Dependencies outside the set exist already (or are gone)
     * and impose nothing. The objects are ranked by key and id once, up front, so the queue compares numbers: with
     * keys compared on every queue operation, ordering was a quarter of a large {@code generate}.
     */
    private static <C> List<C> topological(List<C> items, Function<C, Set<ObjectId>> dependenciesOf,
                                           Function<C, ObjectId> idOf, Function<C, String> readingKey) {
        Map<ObjectId, C> byId = new HashMap<>();
        for (C item : items) {
            byId.put(idOf.apply(item), item);
        }
        List<Ranked<C>> ranked = new ArrayList<>(byId.size());
        byId.forEach((id, item) -> ranked.add(new Ranked<>(readingKey.apply(item), id, item)));
        ranked.sort(Comparator.comparing((Ranked<C> r) -> r.key()).thenComparing(Ranked::id));
        Map<ObjectId, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rankOf.put(ranked.get(i).id(), i);
        }
        int[] waitingOn = new int[ranked.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        ranked.forEach(r -> dependents.add(new ArrayList<>()));
        for (int rank = 0; rank < ranked.size(); rank++) {
            for (ObjectId dependency : dependenciesOf.apply(ranked.get(rank).item())) {
                Integer needed = rankOf.get(dependency);
                if (needed != null && needed != rank) {
                    waitingOn[rank]++;
                    dependents.get(needed).add(rank);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int rank = 0; rank < waitingOn.length; rank++) {
            if (waitingOn[rank] == 0) {
                ready.add(rank);
            }
        }
        List<C> result = new ArrayList<>();
        while (!ready.isEmpty()) {
            int next = ready.poll();
            result.add(ranked.get(next).item());
            for (int dependent : dependents.get(next)) {
                if (--waitingOn[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (result.size() != items.size()) {
            List<ObjectId> stuck = new ArrayList<>();
            for (int rank = 0; rank < waitingOn.length; rank++) {
                if (waitingOn[rank] > 0) {
                    stuck.add(ranked.get(rank).id());
                }
            }
            stuck.sort(Comparator.naturalOrder());
            throw new DependencyCycle("dependency cycle among " + stuck);
        }
        return result;
    }

    /** An object to order, with its reading key. */
    private record Ranked<C>(String key, ObjectId id, C item) {
    }
}
