package dev.pgcraft.load;

import dev.pgcraft.model.config.CheckConfig;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.LedgerDimensionConfig;
import dev.pgcraft.model.config.LedgerEventConfig;
import dev.pgcraft.model.config.Located;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaConfig;

import java.util.ArrayList;
import java.util.List;

/** Every SQL fragment of a model, with where it was written. */
public final class ModelFragments {

    private ModelFragments() {
    }

    public static List<ModelFragment> of(PgcraftConfig config) {
        List<ModelFragment> fragments = new ArrayList<>();
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                String qualified = schema.getName() + "." + dimension.getName();
                List<String> names = List.of(dimension.getName());
                for (ColumnConfig column : dimension.getColumns()) {
                    add(fragments, column.getDefault(), column, "default of column \"" + column.getName() + "\" in "
                            + qualified, dimension.getName(), column.getName());
                }
                for (CheckConfig check : dimension.getChecks()) {
                    add(fragments, check.getExpression(), check, "expression of check \"" + check.getName() + "\" in "
                            + qualified, dimension.getName(), check.getName());
                }
                for (IndexConfig index : dimension.getIndexes()) {
                    add(fragments, index.getExpression(), index, "expression of an <index> in " + qualified, names);
                    add(fragments, index.getWhere(), index, "where of an <index> in " + qualified, names);
                }
                if (dimension instanceof LedgerDimensionConfig ledger) {
                    if (ledger.getMinBalance() != null) {
                        add(fragments, ledger.getMinBalance().getMin(), ledger.getMinBalance(),
                                "min of <minBalance> in " + qualified, names);
                    }
                    for (LedgerEventConfig event : ledger.getEvents()) {
                        add(fragments, event.getInput(), event, "<input> of event \"" + event.getName() + "\" in "
                                + qualified, dimension.getName(), event.getName());
                        if (event.getDesired() != null) {
                            add(fragments, event.getDesired().getQuery(), event.getDesired(), "<desired> query of event \""
                                    + event.getName() + "\" in " + qualified, dimension.getName(), event.getName());
                        }
                    }
                }
            }
        }
        return fragments;
    }

    private static void add(List<ModelFragment> fragments, String text, Located element, String what, String... names) {
        add(fragments, text, element, what, List.of(names));
    }

    private static void add(List<ModelFragment> fragments, String text, Located element, String what,
                            List<String> names) {
        if (text != null && !text.isBlank()) {
            fragments.add(new ModelFragment(text, element.getLocation(), what, names));
        }
    }
}
