package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.View;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Completes what a snapshot written by an earlier pgcraft could not record, from the model it is diffed with, so
 * that upgrading pgcraft alone never writes a migration (the compatibility rule in this package's documentation).
 *
 * <p>Only facts that follow from the rest of an object are completed, and only for an object that is otherwise
 * identical to the model's: a view's output columns (absent before views carried them, read back as "unknown"),
 * the row types of a function's signature (absent before functions recorded them), and the order of a dependency
 * list (what a function uses or a view reads is a set; an earlier release may have listed it in another order).
 * An object that differs in anything else is left as stored, and the diff treats it as it always did.
 */
public final class OlderFormats {

    private OlderFormats() {
    }

    /**
     * {@code stored} with each object completed from the model object of the same id in {@code model} or
     * {@code alsoModel} (the model under its previous names, for renamed objects).
     */
    public static SchemaState complete(SchemaState stored, Collection<? extends DbObject> model,
                                       Collection<? extends DbObject> alsoModel) {
        Map<ObjectId, DbObject> byId = new HashMap<>();
        alsoModel.forEach(object -> byId.put(object.id(), object));
        model.forEach(object -> byId.put(object.id(), object));
        SchemaState.Builder completed = SchemaState.builder();
        for (DbObject object : stored.objects()) {
            DbObject twin = byId.get(object.id());
            completed.add(twin == null ? object : complete(object, twin));
        }
        stored.requirements().forEach(completed::require);
        return completed.build();
    }

    /** The model's object when {@code stored} is it as an earlier format recorded it, else {@code stored}. */
    static DbObject complete(DbObject stored, DbObject model) {
        if (stored.equals(model)) {
            return stored;
        }
        if (stored instanceof View view && model instanceof View current
                && (view.columns().isEmpty() || view.columns().equals(current.columns()))
                && sameSet(view.reads(), current.reads())
                && new View(view.schema(), view.name(), view.query(), view.materialized(), current.reads(),
                current.columns()).equals(current)) {
            return current;
        }
        if (stored instanceof SqlFunction function && model instanceof SqlFunction current
                && (function.rowTypes().isEmpty() || sameSet(function.rowTypes(), current.rowTypes()))
                && sameSet(function.uses(), current.uses())
                && new SqlFunction(function.schema(), function.name(), function.arguments(),
                function.argumentTypes(), function.returns(), function.language(), function.body(),
                function.volatility(), function.securityDefiner(), function.searchPath(), current.uses(),
                current.rowTypes()).equals(current)) {
            return current;
        }
        return stored;
    }

    private static boolean sameSet(List<ObjectId> a, List<ObjectId> b) {
        return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }
}
