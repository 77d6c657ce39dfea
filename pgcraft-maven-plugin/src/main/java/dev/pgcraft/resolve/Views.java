package dev.pgcraft.resolve;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.model.spi.ObjectNames;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The objects of a {@code <view>} or {@code <materializedView>}: the view, its comments and (materialized) its
 * indexes. What it reads and returns is left empty here: only PostgreSQL knows, and
 * {@code dev.pgcraft.prove.ViewShapes} asks it before anything is diffed.
 */
public final class Views {

    /** How a materialized view filled when created is written (and what the refresh attribute defaults to). */
    public static final String MANUAL = "manual";

    private Views() {
    }

    /**
     * @param taken whether a relation of that id was built already (by a dimension, or an earlier view)
     */
    static List<DbObject> of(ViewSpec spec, Predicate<ObjectId> taken) {
        ObjectId id = ObjectId.view(spec.schema(), spec.name());
        if (taken.test(id) || taken.test(ObjectId.table(spec.schema(), spec.name()))) {
            throw new PgcraftException(Problem.at(spec.location(), "PGC-VIEW-DUPLICATE",
                    (spec.materialized() ? "Materialized view " : "View ") + spec.qualifiedName() + " has the name of "
                            + "a table or view a dimension of schema \"" + spec.schema() + "\" generates.",
                    "Rename the view."));
        }
        List<DbObject> objects = new ArrayList<>();
        String refresh = spec.materialized() && !MANUAL.equals(spec.refresh()) ? spec.refresh() : null;
        objects.add(new View(spec.schema(), spec.name(), spec.query().strip(), spec.materialized(), List.of(),
                List.of(), null, refresh));
        if (spec.comment() != null) {
            objects.add(new Comment(id, null, spec.comment(), spec.materialized()));
        }
        spec.columnComments().forEach((column, text) -> objects.add(new Comment(id, column, text)));
        for (IndexSpec index : spec.indexes()) {
            List<IndexKey> keys = index.expression() != null ? List.of(IndexKey.expression(index.expression()))
                    : index.columns().stream().map(IndexKey::column).toList();
            objects.add(new Index(spec.schema(), spec.name(), ObjectNames.index(spec.name(), index), index.unique(),
                    index.using(), keys, index.where(), true));
        }
        return objects;
    }
}
