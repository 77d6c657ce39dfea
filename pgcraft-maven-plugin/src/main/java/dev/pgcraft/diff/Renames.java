package dev.pgcraft.diff;

import dev.pgcraft.model.schema.DbObject;

import java.util.ArrayList;
import java.util.List;

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

    /** Pairs up two resolutions of one model, object by object; they must have produced the same objects. */
    public static Renames pair(List<DbObject> before, List<DbObject> after) {
        if (before.size() != after.size()) {
            throw new IllegalStateException("the model produced " + before.size() + " objects under its previous "
                    + "names but " + after.size() + " under its current ones");
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            DbObject from = before.get(i);
            DbObject to = after.get(i);
            if (from.getClass() != to.getClass()) {
                throw new IllegalStateException("object " + i + " of the model is " + from.id() + " under its "
                        + "previous names but " + to.id() + " under its current ones");
            }
            if (!from.equals(to)) {
                pairs.add(new Pair(from, to));
            }
        }
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
