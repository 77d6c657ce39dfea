package dev.pgcraft.generate;

import dev.pgcraft.load.ModelFragment;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.model.sql.SqlLexer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts what PostgreSQL says about each of the model's own views (what it reads, what it returns) into the desired
 * state, before anything is diffed: the order of creates and drops and what a change under a view recreates depend
 * on it. A view whose query and everything it read are unchanged since the last generate keeps what the snapshot
 * recorded (PostgreSQL said it then), so an unchanged model needs no server ({@code check}, a generate with nothing
 * to do); any other view is asked of the server, and without one ({@code -Dpgcraft.prove=false}) it is an error
 * rather than a guess: a wrong dependency would write a migration that fails, or drops a view it should keep.
 */
final class ViewShapes {

    private static final String NL = System.lineSeparator();

    private ViewShapes() {
    }

    /**
     * @param previous  the last generated state
     * @param probe     the server, or {@link ViewProbe#NONE} or {@link ViewProbe#UNKNOWN} without one
     */
    static SchemaState complete(ModelSpec model, SchemaState desired, SchemaState previous, ViewProbe probe,
                                List<ModelFragment> fragments, String source) {
        List<ViewSpec> specs = model.views();
        if (specs.isEmpty()) {
            return desired;
        }
        refuseRenamesUnder(model, previous);
        Map<ObjectId, ViewSpec> byId = new LinkedHashMap<>();
        specs.forEach(spec -> byId.put(ObjectId.view(spec.schema(), spec.name()), spec));
        Map<ObjectId, View> known = fromSnapshot(byId, model.renames(), desired, previous);
        if (known.size() < byId.size() && probe != ViewProbe.UNKNOWN) {
            if (probe == ViewProbe.NONE) {
                throw new PgcraftException(needsServer(byId, known, source));
            }
            List<View> views = byId.keySet().stream().map(id -> (View) desired.get(id).orElseThrow()).toList();
            Set<ObjectId> over = over(byId.keySet(), desired);
            SchemaState base = desired.filtered(object -> !over.contains(object.id()));
            known.clear();
            probe.shapes(base, views, fragments, source).forEach((id, shape) ->
                    known.put(id, ((View) desired.get(id).orElseThrow()).withShape(shape.reads(), shape.columns())));
        }
        SchemaState shaped = desired.replacing(known.values());
        UnfilledReads.refuse(specs, shaped);
        ViewColumnNames.refuse(specs, shaped);
        return shaped;
    }

    /**
     * The model's views and everything that needs them, transitively: what the model without its views leaves out,
     * such as a plugin's view over a model view and that view's grants and comments.
     */
    private static Set<ObjectId> over(Set<ObjectId> views, SchemaState desired) {
        Set<ObjectId> over = new HashSet<>(views);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var object : desired.objects()) {
                if (!over.contains(object.id()) && object.dependsOn().stream().anyMatch(over::contains)) {
                    over.add(object.id());
                    grew = true;
                }
            }
        }
        return over;
    }

    /**
     * The views whose query, and everything they read, are what the snapshot recorded, with the snapshot's reads and
     * columns; a view reading another model view counts only once that one does.
     */
    private static Map<ObjectId, View> fromSnapshot(Map<ObjectId, ViewSpec> byId, RenameMap renames,
                                                    SchemaState desired, SchemaState previous) {
        Set<ObjectId> ids = byId.keySet();
        Map<ObjectId, View> known = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (ObjectId id : ids) {
                if (known.containsKey(id) || !(previous.get(previousId(byId.get(id), renames, previous)).orElse(null)
                        instanceof View before)) {
                    continue;
                }
                View now = (View) desired.get(id).orElseThrow();
                View candidate = now.withShape(before.reads(), before.columns());
                // A renamed view is the same view when all but its name is.
                View underPreviousName = new View(now.schema(), before.name(), now.query(), now.materialized(),
                        before.reads(), before.columns(), now.options(), now.refresh());
                boolean unchanged = before.equals(underPreviousName) && before.reads().stream().allMatch(read ->
                        ids.contains(read) ? known.containsKey(read) && known.get(read).equals(previous.get(read)
                                .orElse(null)) : desired.get(read).equals(previous.get(read)));
                if (unchanged) {
                    known.put(id, candidate);
                    progress = true;
                }
            }
        }
        return known;
    }

    /**
     * The id a model view had in the last generated state: under its previous name when it is renamed (and the
     * rename was not generated yet: a previousName left in place after the rename names nothing there).
     */
    private static ObjectId previousId(ViewSpec spec, RenameMap renames, SchemaState previous) {
        ObjectId before = ObjectId.view(spec.schema(), renames.previousView(spec.qualifiedName()).orElse(spec.name()));
        return previous.contains(before) ? before : ObjectId.view(spec.schema(), spec.name());
    }

    private static Problem needsServer(Map<ObjectId, ViewSpec> byId, Map<ObjectId, View> known, String source) {
        List<ViewSpec> unknown = byId.entrySet().stream().filter(e -> !known.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        String listed = unknown.stream().map(spec -> "  " + spec.qualifiedName() + " (" + spec.location() + ")")
                .collect(Collectors.joining(NL));
        return Problem.at(unknown.get(0).location(), "PGC-VIEW-NEEDS-SERVER",
                "What " + (unknown.size() == 1 ? "this view reads and returns" : "these views read and return")
                        + " changed since the last generate, and only PostgreSQL can say what "
                        + (unknown.size() == 1 ? "it is" : "they are") + " now; proving is off, so no server was "
                        + "asked and nothing was written:" + NL + listed,
                "Run generate with proving on (the default; it starts a throwaway embedded PostgreSQL), or with "
                        + "pgcraft:start earlier in the build.");
    }

    /**
     * PostgreSQL follows a renamed table or column inside an existing view, but the model's query text still names
     * the old one, so the next database built from scratch would refuse it: a rename under a view whose query did
     * not change (and names what is renamed) is refused at the view.
     */
    private static void refuseRenamesUnder(ModelSpec model, SchemaState previous) {
        RenameMap renames = model.renames();
        if (renames.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        for (ViewSpec spec : model.views()) {
            if (!(previous.get(previousId(spec, renames, previous)).orElse(null) instanceof View before)
                    || !before.query().equals(spec.query().strip())) {
                continue;
            }
            Set<String> words = words(spec.query());
            List<String> found = new ArrayList<>();
            renames.dimensions().forEach((current, previousName) -> {
                String schema = current.substring(0, current.indexOf('.'));
                if (words.contains(previousName) && readsRelation(before, schema, previousName)) {
                    found.add("dimension " + schema + "." + previousName + " (now " + current + ")");
                }
            });
            renames.columns().forEach((dimension, columns) -> {
                String schema = dimension.substring(0, dimension.indexOf('.'));
                String relation = renames.previousQualified(dimension).substring(schema.length() + 1);
                columns.forEach((column, previousColumn) -> {
                    if (words.contains(previousColumn) && readsRelation(before, schema, relation)) {
                        found.add("column " + previousColumn + " of " + dimension + " (now " + column + ")");
                    }
                });
            });
            renames.views().forEach((current, previousView) -> {
                String schema = current.substring(0, current.indexOf('.'));
                if (words.contains(previousView) && readsRelation(before, schema, previousView)) {
                    found.add("view " + schema + "." + previousView + " (now " + current + ")");
                }
            });
            if (!found.isEmpty()) {
                problems.add(Problem.at(spec.queryLocation(), "PGC-VIEW-RENAME-UNDER",
                        (spec.materialized() ? "Materialized view " : "View ") + spec.qualifiedName() + " reads "
                                + String.join(" and ", found) + ", renamed in this change, but its query still names "
                                + "the old name; PostgreSQL does not rewrite a view's text, so the model's query would "
                                + "fail on a new database. Nothing was written.",
                        "Update the view's <query> to the new name in the same change."));
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    /** Whether the view read the relation {@code schema.name} (a table or a view) when it was last generated. */
    private static boolean readsRelation(View view, String schema, String name) {
        return view.reads().stream().anyMatch(read -> schema.equals(read.schema()) && name.equals(read.name()));
    }

    /** The identifiers of a query, unquoted and (unless quoted) lower-cased as PostgreSQL folds them. */
    private static Set<String> words(String sql) {
        Set<String> words = new HashSet<>();
        for (SqlLexer.Token token : SqlLexer.tokens(sql)) {
            String text = token.text(sql);
            if (token.kind() == SqlLexer.Kind.WORD) {
                words.add(text.toLowerCase(Locale.ROOT));
            } else if (token.kind() == SqlLexer.Kind.QUOTED_IDENTIFIER) {
                words.add(text.substring(1, text.length() - 1).replace("\"\"", "\""));
            }
        }
        return words;
    }
}
