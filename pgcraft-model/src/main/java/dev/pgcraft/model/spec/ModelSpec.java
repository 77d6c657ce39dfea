package dev.pgcraft.model.spec;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.PgcraftException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The whole model after checks and transforms: the global plugins, the schemas with their dimensions, and the
 * renames.
 *
 * @param plugins    the global {@code <plugins>} elements in document order
 * @param extensions the children of {@code <extensions>} in document order
 * @param schemas    the schemas in document order
 * @param renames    the {@code previousName}s
 */
public record ModelSpec(List<PluginSpec> plugins, List<ExtensionElement> extensions, List<SchemaSpec> schemas,
                        RenameMap renames) {

    public ModelSpec {
        plugins = List.copyOf(plugins);
        extensions = List.copyOf(extensions);
        schemas = List.copyOf(schemas);
    }

    /**
     * Every element of {@code namespace} outside {@code <plugins>}: in {@code <extensions>}, in each schema, at the
     * end of each dimension, in document order. What an extension reads.
     */
    public List<ExtensionElement> extensionElements(String namespace) {
        List<ExtensionElement> found = new ArrayList<>();
        extensions.stream().filter(e -> namespace.equals(e.namespace())).forEach(found::add);
        for (SchemaSpec schema : schemas) {
            schema.extensions().stream().filter(e -> namespace.equals(e.namespace())).forEach(found::add);
            for (DimensionSpec dimension : schema.dimensions()) {
                dimension.extensions().stream().filter(e -> namespace.equals(e.namespace())).forEach(found::add);
            }
        }
        return found;
    }

    /** Every dimension in document order. */
    public List<DimensionSpec> dimensions() {
        return schemas.stream().flatMap(schema -> schema.dimensions().stream()).toList();
    }

    /** Every view and materialized view in document order. */
    public List<ViewSpec> views() {
        return schemas.stream().flatMap(schema -> schema.views().stream()).toList();
    }

    /** The dimension {@code schema.dimension}. */
    public Optional<DimensionSpec> dimension(String qualified) {
        return dimensions().stream().filter(d -> d.qualifiedName().equals(qualified)).findFirst();
    }

    /**
     * The same model with every dimension mapped through {@code change}: how a model transform is written. When
     * {@code change} fails for a dimension (anything but a {@link PgcraftException}, which is a report of its own),
     * the failure says which one: a {@link DimensionFailed}.
     */
    public ModelSpec mapDimensions(UnaryOperator<DimensionSpec> change) {
        List<SchemaSpec> changed = new ArrayList<>();
        for (SchemaSpec schema : schemas) {
            List<DimensionSpec> dimensions = new ArrayList<>();
            for (DimensionSpec dimension : schema.dimensions()) {
                try {
                    dimensions.add(change.apply(dimension));
                } catch (PgcraftException | DimensionFailed e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new DimensionFailed(dimension, e);
                }
            }
            changed.add(schema.withDimensions(dimensions));
        }
        return new ModelSpec(plugins, extensions, changed, renames);
    }

    /**
     * A change of {@link #mapDimensions} failed for {@link #dimension()}; the cause is what it threw. The engine
     * reports it with the dimension and the plugin element that configured the change.
     */
    public static final class DimensionFailed extends RuntimeException {

        private final transient DimensionSpec dimension;

        DimensionFailed(DimensionSpec dimension, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.dimension = dimension;
        }

        /** The dimension being changed. */
        public DimensionSpec dimension() {
            return dimension;
        }
    }

    /**
     * The model under the names it had before its renames: each renamed dimension and column under its previous
     * name, and so every reference to them (foreign keys, index columns, a kind's columns such as a ledger's
     * groupBy), and each renamed view under its previous name (its query stays as written: PostgreSQL keeps a view's
     * text across a rename). Resolving it gives every object under the name the last generate gave it, which is how
     * a rename reaches every object derived from a renamed name (a materialized view's index). Its own rename map is
     * empty.
     */
    public ModelSpec underPreviousNames() {
        if (renames.isEmpty()) {
            return this;
        }
        List<SchemaSpec> before = mapDimensions(dimension -> {
            String qualified = dimension.qualifiedName();
            DimensionSpec renamed = dimension.withColumnNames(
                    column -> renames.previousColumn(qualified, column).orElse(column));
            renamed = renamed.withColumns(renamed.columns().stream().map(column -> column.references() == null
                    ? column : column.withReferences(renames.previousQualified(column.references()))).toList());
            return renames.previousDimension(qualified).map(renamed::withName).orElse(renamed);
        }).schemas().stream().map(schema -> schema.withViews(schema.views().stream().map(view -> renames
                .previousView(view.qualifiedName()).map(view::withName).orElse(view)).toList())).toList();
        return new ModelSpec(plugins, extensions, before, RenameMap.NONE);
    }
}
