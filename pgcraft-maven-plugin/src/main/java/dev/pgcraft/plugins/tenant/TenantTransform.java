package dev.pgcraft.plugins.tenant;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.TransformContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the tenant column first among the columns of every dimension that does not exclude {@code tenant}, NOT NULL,
 * and into the dimension's keys: a column's {@code unique="true"} becomes a unique index on (tenant, column), a
 * declared unique index on columns gets the tenant in front, and the tenant is indexed on its own unless an index
 * already starts with it. An eav dimension has no table of its own to index, so its unique attributes stay unique
 * across tenants.
 *
 * <p>The column is NOT NULL: switching {@code <tenant/>} on over tables that hold rows needs a value for them.
 * {@code default="'acme'"} is the column's default, so the migration adding the column fills the existing rows with it
 * (PostgreSQL does that in {@code ADD COLUMN … NOT NULL DEFAULT}); remove the attribute in a later migration and the
 * default goes ({@code DROP DEFAULT}), so no later row lands in that tenant unasked. Without it the migration fails on a
 * table with rows ("column contains null values") and changes nothing: nothing is ever guessed or lost.
 *
 * @param column       the tenant column's name
 * @param type         its canonical type
 * @param defaultValue the column's default (an SQL expression), or {@code null}
 * @param location     where {@code <tenant>} is, for the columns it adds
 */
record TenantTransform(String column, String type, String defaultValue, SourceLocation location)
        implements ModelTransform {

    private static final String EAV = "eav";

    @Override
    public String name() {
        return TenantFactory.ELEMENT;
    }

    @Override
    public ModelSpec apply(ModelSpec model, TransformContext context) {
        return model.mapDimensions(dimension -> {
            refusePerDimension(dimension);
            boolean excluded = dimension.excludes().stream().anyMatch(e -> isTenant(e.namespace(), e.element()));
            return excluded ? dimension : withTenant(dimension, context.kind(dimension));
        });
    }

    private DimensionSpec withTenant(DimensionSpec dimension, DimensionKind kind) {
        if (dimension.column(column).isPresent() || kind.generatedColumns().containsKey(column)
                || kind.internalColumns(dimension.name()).containsKey(column)) {
            throw new PgcraftException(Problem.at(dimension.column(column).map(ColumnSpec::location)
                            .orElse(dimension.location()), "PGC-CONFIG-TENANT-COLUMN-TAKEN",
                    "<tenant column=\"" + column + "\"/> would add column \"" + column + "\" to " + dimension.kind()
                            + " dimension " + dimension.qualifiedName() + ", which already has a column of that name.",
                    "Rename that column, or choose another tenant column with <tenant column=\"…\"/>."));
        }
        boolean keyed = !EAV.equals(dimension.kind());
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(new ColumnSpec(column, type, false, defaultValue, false, null, null, ForeignKeyAction.NO_ACTION,
                ForeignKeyAction.NO_ACTION, location));
        List<IndexSpec> indexes = new ArrayList<>();
        for (ColumnSpec declared : dimension.columns()) {
            if (keyed && declared.unique()) {
                columns.add(new ColumnSpec(declared.name(), declared.type(), declared.nullable(),
                        declared.defaultValue(), false, declared.comment(), declared.references(), declared.onDelete(),
                        declared.onUpdate(), declared.location()));
                indexes.add(new IndexSpec(null, List.of(column, declared.name()), null, true, "btree", null,
                        declared.location()));
            } else {
                columns.add(declared);
            }
        }
        for (IndexSpec index : dimension.indexes()) {
            indexes.add(index.unique() && !index.columns().isEmpty() && !index.columns().contains(column)
                    ? new IndexSpec(index.name(), prepend(index.columns()), index.expression(), true, index.using(),
                    index.where(), index.location())
                    : index);
        }
        if (keyed && indexes.stream().noneMatch(i -> !i.columns().isEmpty() && i.columns().get(0).equals(column))) {
            indexes.add(new IndexSpec(null, List.of(column), null, false, "btree", null, location));
        }
        return dimension.withColumns(columns).withIndexes(indexes);
    }

    private List<String> prepend(List<String> columns) {
        List<String> result = new ArrayList<>(List.of(column));
        result.addAll(columns);
        return result;
    }

    /** A tenant is the whole model's: one dimension cannot have its own. */
    private static void refusePerDimension(DimensionSpec dimension) {
        for (PluginSpec spec : dimension.plugins()) {
            if (isTenant(spec.namespace(), spec.element())) {
                throw new PgcraftException(Problem.at(spec.location(), "PGC-CONFIG-TENANT-PER-DIMENSION",
                        "<tenant/> in the plugins of " + dimension.qualifiedName() + ": the tenant is the whole "
                                + "model's, not one dimension's.",
                        "Move <tenant/> to the global <plugins>; a dimension shared by every tenant opts out with "
                                + "<exclude plugin=\"tenant\"/>."));
            }
        }
    }

    static boolean isTenant(String namespace, String element) {
        return PluginSpec.CORE_NAMESPACE.equals(namespace) && TenantFactory.ELEMENT.equals(element);
    }
}
