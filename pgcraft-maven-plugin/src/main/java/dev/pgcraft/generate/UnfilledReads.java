package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.spec.ViewSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a {@code manual} materialized view that reads one created {@code WITH NO DATA} ({@code afterMigrate} or
 * {@code concurrently}), directly or through plain views. A manual view is created with data, so creating it reads
 * the other one, which migrate fills only after every migration of its run: PostgreSQL refuses with "materialized view
 * … has not been populated", in every new database and in the proof. Said at the view's element instead, with the
 * two ways out; a manual view that reads a manual view is fine (that one has data), and is checked on its own.
 */
final class UnfilledReads {

    private UnfilledReads() {
    }

    /** @param state the desired state with what each view reads (a view whose reads are unknown passes) */
    static void refuse(List<ViewSpec> views, SchemaState state) {
        List<Problem> problems = new ArrayList<>();
        for (ViewSpec spec : views) {
            View view = (View) state.get(ObjectId.view(spec.schema(), spec.name())).orElseThrow();
            if (!view.materialized() || view.refresh() != null) {
                continue; // a plain view, or one created WITH NO DATA itself
            }
            unfilled(view, state, new HashSet<>()).ifPresent(path -> problems.add(Problem.at(spec.location(),
                    "PGC-VIEW-MANUAL-OVER-UNFILLED",
                    "Materialized view " + spec.qualifiedName() + " is refreshed manually, so it is created with data,"
                            + " but it reads " + path + ", which migrate creates WITH NO DATA and fills only after"
                            + " the run's migrations: PostgreSQL would refuse to create " + spec.qualifiedName()
                            + " (\"materialized view has not been populated\").",
                    "Give " + spec.qualifiedName() + " refresh=\"afterMigrate\" (migrate then fills it after what"
                            + " it reads), or make the view it reads refresh=\"manual\".")));
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }

    /**
     * The first materialized view created {@code WITH NO DATA} that {@code view} reads, through plain views only, as
     * {@code materialized view s.v (refresh="afterMigrate")}, with the plain views on the way.
     */
    private static Optional<String> unfilled(View view, SchemaState state, Set<ObjectId> seen) {
        for (ObjectId read : view.reads()) {
            if (!seen.add(read) || !(state.get(read).orElse(null) instanceof View under)) {
                continue;
            }
            String name = under.schema() + "." + under.name();
            if (under.materialized()) {
                if (under.refresh() != null) {
                    return Optional.of("materialized view " + name + " (refresh=\"" + under.refresh() + "\")");
                }
            } else {
                Optional<String> below = unfilled(under, state, seen);
                if (below.isPresent()) {
                    return Optional.of(below.get() + " through view " + name);
                }
            }
        }
        return Optional.empty();
    }
}
