package dev.pgcraft.generate;

import dev.pgcraft.migrate.HistoryTable;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ModelSpec;

import java.util.Comparator;
import java.util.Optional;

/**
 * Refuses a model that would create a table or view named like migrate's history table: the first migration would
 * fail on a name taken, or (with IF NOT EXISTS elsewhere) the model's rows and the history would share a table.
 * Checked on the resolved state, so every relation a dimension kind generates counts, not only the dimension name.
 */
final class HistoryTableClash {

    private HistoryTableClash() {
    }

    static void refuse(SchemaState desired, ModelSpec model, String configDisplayName, String historyTable) {
        HistoryTable history = HistoryTable.named(historyTable);
        for (DbObject object : desired.objects()) {
            ObjectKind kind = object.id().kind();
            if ((kind == ObjectKind.TABLE || kind == ObjectKind.VIEW)
                    && history.schema().equals(object.id().schema()) && history.table().equals(object.id().name())) {
                Optional<DimensionSpec> owner = owner(model, history.schema(), history.table());
                throw new PgcraftException(Problem.at(
                        owner.map(DimensionSpec::location).orElse(SourceLocation.of(configDisplayName)),
                        "PGC-CONFIG-HISTORY-TABLE-CLASH",
                        owner.map(d -> "Dimension " + history.schema() + "." + d.name() + " generates ").orElse(
                                "The model generates ") + (kind == ObjectKind.TABLE ? "table " : "view ")
                                + history.displayName() + ", the name of migrate's history table (pgcraft.historyTable).",
                        "Rename the dimension, or set pgcraft.historyTable to another name for generate and migrate "
                                + "alike."));
            }
        }
    }

    /** The dimension of {@code schema} whose name the relation's name starts with (the longest such). */
    private static Optional<DimensionSpec> owner(ModelSpec model, String schema, String relation) {
        return model.dimensions().stream().filter(d -> schema.equals(d.schema()))
                .filter(d -> relation.equals(d.name()) || relation.startsWith(d.name() + "_"))
                .max(Comparator.comparingInt(d -> d.name().length()));
    }
}
