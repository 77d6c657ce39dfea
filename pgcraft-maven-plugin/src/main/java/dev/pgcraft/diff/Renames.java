package dev.pgcraft.diff;

import dev.pgcraft.model.schema.DbObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects of a model under the names they had before its {@code previousName} renames, each paired with the
 * same object under its current name: {@code (table dim.items, table dim.products)},
 * {@code (constraint pk__items__id, constraint pk__products__id)}, and so on for everything derived from a renamed
 * name. Pairs whose two sides are equal are left out.
 *
 * @param pairs in the order the model produces its objects
 */
public record Renames(List<Pair> pairs) {

    public static final Renames NONE = new Renames(List.of());

    public Renames {
        pairs = List.copyOf(pairs);
    }

    /**
     * Pairs up two builds of one model by what made each object (its dimension, plugin and place among that plugin's
     * objects: any key that names the same maker in both builds); they must have produced the same objects.
     *
     * @param before the objects under the previous names, keyed by maker with dimensions under their current names
     * @param after  the objects under the current names, in the order they were produced
     */
    public static <K> Renames pair(Map<K, DbObject> before, Map<K, DbObject> after) {
        if (!before.keySet().equals(after.keySet())) {
            List<K> unmatched = new ArrayList<>(after.keySet());
            unmatched.removeAll(before.keySet());
            List<K> gone = new ArrayList<>(before.keySet());
            gone.removeAll(after.keySet());
            throw new IllegalStateException("the model produced different objects under its previous names than "
                    + "under its current ones: only now " + unmatched + ", only before " + gone);
        }
        List<Pair> pairs = new ArrayList<>();
        after.forEach((key, to) -> {
            DbObject from = before.get(key);
            if (from.getClass() != to.getClass()) {
                throw new IllegalStateException(key + " made " + from.id() + " under the model's previous names but "
                        + to.id() + " under its current ones");
            }
            if (!from.equals(to)) {
                pairs.add(new Pair(from, to));
            }
        });
        return new Renames(pairs);
    }

    /** The same renames undone: what an undo file needs. */
    public Renames inverse() {
        return new Renames(pairs.stream().map(pair -> new Pair(pair.after(), pair.before())).toList());
    }

    /** One object under its previous and its current names. */
    public record Pair(DbObject before, DbObject after) {
    }
}
