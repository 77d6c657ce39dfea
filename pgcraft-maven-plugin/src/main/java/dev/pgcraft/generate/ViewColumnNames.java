package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.ViewSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a view's {@code <column>} comments and a materialized view's {@code <index columns="…">} name must be
 * among those the view returns, which only PostgreSQL knows (it says so when the views are shaped). Checked here, at
 * the element, rather than left to the proof, where PostgreSQL's "column … does not exist" could only point at a
 * line of the model built from scratch, a script nobody sees.
 */
final class ViewColumnNames {

    private ViewColumnNames() {
    }

    /** @param state the desired state with what each view returns (a view whose columns are unknown passes) */
    static void refuse(List<ViewSpec> views, SchemaState state) {
        List<Problem> problems = new ArrayList<>();
        for (ViewSpec spec : views) {
            View view = (View) state.get(ObjectId.view(spec.schema(), spec.name())).orElseThrow();
            if (view.columns().isEmpty()) {
                continue;
            }
            List<String> returned = view.columns().stream().map(ViewColumn::name).toList();
            String kind = spec.materialized() ? "materialized view " : "view ";
            String returns = "it returns " + String.join(", ", returned) + ".";
            for (String column : spec.columnComments().keySet()) {
                if (!returned.contains(column)) {
                    problems.add(Problem.at(spec.location(), "PGC-VIEW-UNKNOWN-COLUMN",
                            "<column name=\"" + column + "\"> of " + kind + spec.qualifiedName() + " comments a"
                                    + " column the view does not return; " + returns,
                            "Correct the name, or remove the <column> element."));
                }
            }
            for (IndexSpec index : spec.indexes()) {
                for (String column : index.columns()) {
                    if (!returned.contains(column)) {
                        problems.add(Problem.at(index.location(), "PGC-VIEW-UNKNOWN-COLUMN",
                                "<index> of " + kind + spec.qualifiedName() + " names column \"" + column
                                        + "\", which the view does not return; " + returns,
                                "Name a column the query returns, or return \"" + column + "\" from it."));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
    }
}
