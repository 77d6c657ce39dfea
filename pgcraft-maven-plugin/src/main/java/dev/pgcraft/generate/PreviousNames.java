package dev.pgcraft.generate;

import dev.pgcraft.diff.Renames;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.resolve.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's {@code previousName} renames, traced to every object: the model's spec is built a second time under
 * the names it had before ({@link ModelSpec#underPreviousNames()}), and each object of that build is paired with
 * the object the same plugin made for the same dimension in the current build. That is how a rename reaches every
 * object derived from the renamed name (keys, indexes, triggers, functions), whatever a plugin derives.
 */
final class PreviousNames {

    private PreviousNames() {
    }

    /** The renames of {@code model}, whose current build is {@code current}. */
    static Renames renames(ModelSpec model, Resolver.Resolution current, Resolver resolver) {
        RenameMap renames = model.renames();
        if (renames.isEmpty()) {
            return Renames.NONE;
        }
        Map<Resolver.Origin, DbObject> before = new LinkedHashMap<>();
        resolver.resolveTraced(model.underPreviousNames(), renames).traced().forEach((origin, object) -> before.put(
                new Resolver.Origin(renames.currentQualified(origin.owner()), currentView(renames, origin),
                        origin.ordinal()), object));
        return Renames.pair(before, current.traced());
    }

    /** A model view's objects are made by "view {name}" in their schema: under its current name in both builds. */
    private static String currentView(RenameMap renames, Resolver.Origin origin) {
        if (!origin.owner().startsWith(Resolver.SCHEMA_OWNER) || !origin.plugin().startsWith(Resolver.VIEW_MAKER)) {
            return origin.plugin();
        }
        String schema = origin.owner().substring(Resolver.SCHEMA_OWNER.length());
        return Resolver.VIEW_MAKER + renames.currentView(schema, origin.plugin().substring(Resolver.VIEW_MAKER.length()));
    }

    /**
     * The renamed views paired with the shapes PostgreSQL gave them: the previous side as the last generate
     * recorded it (what the database holds), the current side as the desired state has it. Without shapes both
     * sides would differ from the states they are matched against, and the view would be dropped and created
     * instead of renamed.
     */
    static Renames shaped(Renames renames, SchemaState previous, SchemaState desired) {
        return new Renames(renames.pairs().stream().map(pair -> {
            if (!(pair.before() instanceof View before) || !(pair.after() instanceof View after)) {
                return pair;
            }
            View was = previous.get(before.id()).orElse(null) instanceof View old ? old : before;
            View now = desired.get(after.id()).orElse(null) instanceof View shapedNow ? shapedNow : after;
            return new Renames.Pair(before.withShape(was.reads(), was.columns()), now);
        }).toList());
    }

    /**
     * Renames onto a name the last generated state still holds (a dimension renamed to the name of one that goes
     * in the same step, a column likewise): PostgreSQL would need the old object gone first, so it takes two
     * generates. Found here, where the model's line numbers are known; the differ refuses any other case too.
     */
    static List<Problem> conflicts(ModelSpec model, SchemaState previous) {
        RenameMap renames = model.renames();
        List<Problem> problems = new ArrayList<>();
        for (ViewSpec view : model.views()) {
            String previousName = renames.previousView(view.qualifiedName()).orElse(null);
            ObjectId now = ObjectId.view(view.schema(), view.name());
            if (previousName != null && previous.contains(ObjectId.view(view.schema(), previousName))
                    && (previous.contains(now) || previous.contains(ObjectId.table(view.schema(), view.name())))) {
                problems.add(taken(view.location(), (view.materialized() ? "materialized view " : "view ")
                        + view.qualifiedName(), previousName, "relation " + view.qualifiedName()));
            }
        }
        for (DimensionSpec dimension : model.dimensions()) {
            String qualified = dimension.qualifiedName();
            ObjectId now = ObjectId.table(dimension.schema(), dimension.name());
            String previousName = renames.previousDimension(qualified).orElse(null);
            ObjectId before = previousName == null ? now : ObjectId.table(dimension.schema(), previousName);
            if (!before.equals(now) && previous.contains(before) && previous.contains(now)) {
                problems.add(taken(dimension.location(), "dimension " + qualified, previousName, "table " + qualified));
            }
            if (!(previous.get(before).orElse(null) instanceof Table table)) {
                continue;
            }
            for (ColumnSpec column : dimension.columns()) {
                String previousColumn = renames.previousColumn(qualified, column.name()).orElse(null);
                if (previousColumn != null && table.column(previousColumn).isPresent()
                        && table.column(column.name()).isPresent()) {
                    problems.add(taken(column.location(), "column " + column.name() + " of " + qualified,
                            previousColumn, "column " + column.name()));
                }
            }
        }
        return problems;
    }

    private static Problem taken(SourceLocation where, String what, String previousName, String existing) {
        return Problem.at(where, "PGC-GENERATE-RENAME-TAKEN",
                what + " has previousName \"" + previousName + "\", but the last generated state still has a "
                        + existing + ": a rename cannot take a name still in use; nothing was written.",
                "Generate in two steps: first drop or rename the " + existing + " that holds the name, then "
                        + "rename with previousName.");
    }
}
