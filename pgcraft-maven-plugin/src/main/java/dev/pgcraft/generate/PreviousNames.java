package dev.pgcraft.generate;

import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.GroupedConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.LedgerEventConfig;
import dev.pgcraft.model.config.Located;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.model.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a model to the names it had before its {@code previousName} renames: each renamed dimension and column
 * gets its previous name back, and so do the references to them (foreign keys, index columns, a ledger's
 * groupBy and diffKeys). Resolving that model gives every object under the name the last generate gave it, which is
 * how a rename reaches every object derived from the renamed name. Expressions (checks, index expressions) are the user's text and stay as written.
 */
final class PreviousNames {

    private PreviousNames() {
    }

    /** Whether the model declares any rename at all; without one there is nothing to trace. */
    static boolean declared(PgcraftConfig config) {
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                if (dimension.getPreviousName() != null) {
                    return true;
                }
                for (ColumnConfig column : dimension.getColumns()) {
                    if (column.getPreviousName() != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Renames onto a name the last generated state still holds (a dimension renamed to the name of one that goes
     * in the same step, a column likewise): PostgreSQL would need the old object gone first, so it takes two
     * generates. Found here, where the model's line numbers are known; the differ refuses any other case too.
     */
    static List<Problem> conflicts(PgcraftConfig config, SchemaState previous) {
        List<Problem> problems = new ArrayList<>();
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                ObjectId now = ObjectId.table(schema.getName(), dimension.getName());
                ObjectId before = dimension.getPreviousName() == null ? now
                        : ObjectId.table(schema.getName(), dimension.getPreviousName());
                if (!before.equals(now) && previous.contains(before) && previous.contains(now)) {
                    problems.add(taken(dimension, "dimension " + now.schema() + "." + now.name(),
                            dimension.getPreviousName(), "table " + now.schema() + "." + now.name()));
                }
                if (!(previous.get(before).orElse(null) instanceof Table table)) {
                    continue;
                }
                for (ColumnConfig column : dimension.getColumns()) {
                    if (column.getPreviousName() != null && table.column(column.getPreviousName()).isPresent()
                            && table.column(column.getName()).isPresent()) {
                        problems.add(taken(column, "column " + column.getName() + " of " + now.schema() + "."
                                + now.name(), column.getPreviousName(), "column " + column.getName()));
                    }
                }
            }
        }
        return problems;
    }

    private static Problem taken(Located element, String what, String previousName, String existing) {
        return Problem.at(element.getLocation(), "PGC-GENERATE-RENAME-TAKEN",
                what + " has previousName \"" + previousName + "\", but the last generated state still has a "
                        + existing + ": a rename cannot take a name still in use; nothing was written.",
                "Generate in two steps: first drop or rename the " + existing + " that holds the name, then "
                        + "rename with previousName.");
    }

    /** Rewrites {@code config} in place; callers pass a copy they loaded for this purpose. */
    static void restore(PgcraftConfig config) {
        Map<String, String> dimensions = new HashMap<>();
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                if (dimension.getPreviousName() != null) {
                    dimensions.put(schema.getName() + "." + dimension.getName(),
                            schema.getName() + "." + dimension.getPreviousName());
                }
            }
        }
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                restore(dimension, dimensions);
            }
        }
    }

    /** {@code names} with each renamed column under its previous name. */
    private static List<String> previous(List<String> names, Map<String, String> columns) {
        return names.stream().map(name -> columns.getOrDefault(name, name)).toList();
    }

    private static void restore(DimensionConfig dimension, Map<String, String> dimensions) {
        Map<String, String> columns = new HashMap<>();
        for (ColumnConfig column : dimension.getColumns()) {
            if (column.getPreviousName() != null) {
                columns.put(column.getName(), column.getPreviousName());
                column.setName(column.getPreviousName());
            }
            if (column.getReferences() != null) {
                column.setReferences(dimensions.getOrDefault(column.getReferences(), column.getReferences()));
            }
        }
        for (IndexConfig index : dimension.getIndexes()) {
            List<String> keys = index.getColumns();
            if (keys != null && !keys.isEmpty()) {
                index.setColumns(previous(keys, columns));
            }
        }
        if (dimension instanceof LedgerDimensionConfig ledger) {
            for (GroupedConfig rule : java.util.Arrays.asList(ledger.getBalance(), ledger.getLatest(),
                    ledger.getMinBalance())) {
                if (rule != null) {
                    rule.setGroupBy(previous(rule.getGroupBy(), columns));
                }
            }
            for (LedgerEventConfig event : ledger.getEvents()) {
                if (event.getDesired() != null) {
                    event.getDesired().setDiffKeys(previous(event.getDesired().getDiffKeys(), columns));
                }
            }
        }
        if (dimension.getPreviousName() != null) {
            dimension.setName(dimension.getPreviousName());
        }
    }
}
