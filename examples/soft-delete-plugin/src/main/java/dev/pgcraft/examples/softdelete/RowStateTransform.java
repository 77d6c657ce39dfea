package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.TransformContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phase (a) of softDelete and archive: adds the column ({@value #TYPE}, nullable) to each dimension one of them
 * applies to, before the dimension is built, so the kind builds it like a declared column. Which one applies follows
 * the engine's singleton rule for its dimension plugins: the dimension's own element, else the global one unless the
 * dimension excludes it. A column the user declared under that name is left as declared.
 *
 * <p>Only {@code simple} dimensions: the other kinds keep rows in several tables (appendOnly, eav) or never update
 * them (ledger), so "set a timestamp instead of DELETE" means something else there; such a dimension is an error
 * at its position that says how to leave it out. A record without state: softDelete and archive both return it, and
 * the engine runs equal transforms once.
 */
record RowStateTransform() implements ModelTransform {

    static final String TYPE = "timestamp with time zone";
    private static final String SUPPORTED_KIND = "simple";

    @Override
    public String name() {
        return "sd:rowState";
    }

    @Override
    public ModelSpec apply(ModelSpec model, TransformContext context) {
        List<Problem> problems = new ArrayList<>();
        ModelSpec result = model.mapDimensions(dimension -> {
            Optional<PluginSpec> applied = applied(model.plugins(), dimension);
            if (applied.isEmpty()) {
                return dimension;
            }
            String kind = context.kind(dimension).kind();
            if (!SUPPORTED_KIND.equals(kind)) {
                problems.add(unsupported(dimension, kind, applied.get()));
                return dimension;
            }
            String column = applied.get().attribute("column").orElse(defaultColumn(applied.get()));
            return dimension.column(column).isPresent() ? dimension
                    : dimension.withColumn(ColumnSpec.of(column, TYPE, true, applied.get().location()));
        });
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
        return result;
    }

    /** The softDelete or archive element that applies to {@code dimension}, if any. */
    static Optional<PluginSpec> applied(List<PluginSpec> global, DimensionSpec dimension) {
        Optional<PluginSpec> own = dimension.plugins().stream().filter(RowStateTransform::inGroup).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return global.stream().filter(RowStateTransform::inGroup)
                .filter(spec -> dimension.excludes().stream().noneMatch(
                        e -> e.namespace().equals(spec.namespace()) && e.element().equals(spec.element())))
                .findFirst();
    }

    static String defaultColumn(PluginSpec spec) {
        return SoftDelete.is(spec, SoftDelete.ARCHIVE) ? "archived_at" : "deleted_at";
    }

    private static boolean inGroup(PluginSpec spec) {
        return SoftDelete.is(spec, SoftDelete.SOFT_DELETE) || SoftDelete.is(spec, SoftDelete.ARCHIVE);
    }

    private static Problem unsupported(DimensionSpec dimension, String kind, PluginSpec spec) {
        String name = spec.displayName();
        boolean own = dimension.plugins().contains(spec);
        return Problem.at(dimension.location(), "SD-UNSUPPORTED-KIND",
                name + " applies to simple dimensions only; " + dimension.qualifiedName() + " is " + article(kind)
                        + " " + kind + ".",
                own ? "Remove <" + name + "/> from " + dimension.qualifiedName() + "'s <plugins>."
                        : "Add <plugins><exclude plugin=\"" + name + "\"/></plugins> to " + dimension.qualifiedName()
                        + ", or write <" + name + "/> in the <plugins> of the simple dimensions only.");
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
