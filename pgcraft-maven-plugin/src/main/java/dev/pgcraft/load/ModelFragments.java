package dev.pgcraft.load;

import dev.pgcraft.model.config.CheckConfig;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.Located;
import dev.pgcraft.model.config.MaterializedViewConfig;
import dev.pgcraft.model.config.ViewConfig;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.resolve.Registry;

import java.util.ArrayList;
import java.util.List;

/** Every SQL fragment of a model, with where it was written. */
public final class ModelFragments {

    private ModelFragments() {
    }

    /** @param registry the kinds, which list the fragments of their own elements */
    public static List<ModelFragment> of(PgcraftConfig config, Registry registry) {
        List<ModelFragment> fragments = new ArrayList<>();
        for (SchemaConfig schema : config.getSchemas()) {
            for (ViewConfig view : schema.getViews()) {
                String qualified = schema.getName() + "." + view.getName();
                String kind = view.isMaterialized() ? "materialized view " : "view ";
                add(fragments, view.getQuery().getText(), view.getQuery(), "query of " + kind + qualified,
                        view.getName());
                if (view instanceof MaterializedViewConfig materialized) {
                    for (IndexConfig index : materialized.getIndexes()) {
                        add(fragments, index.getExpression(), index, "expression of an <index> of " + qualified,
                                view.getName());
                        add(fragments, index.getWhere(), index, "where of an <index> of " + qualified, view.getName());
                    }
                }
            }
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
                DimensionSpec spec = ModelSpecs.dimension(schema.getName(), dimension, registry);
                registry.kind(spec).fragments(spec, (text, where, what, ownNames) -> {
                    if (text != null && !text.isBlank()) {
                        fragments.add(new ModelFragment(text, where, what, ownNames));
                    }
                });
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
