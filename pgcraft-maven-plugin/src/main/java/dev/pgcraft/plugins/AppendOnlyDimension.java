package dev.pgcraft.plugins;

import dev.pgcraft.model.config.AppendOnlyDimensionConfig;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.resolve.DimensionType;

import java.util.List;
import java.util.Set;

/**
 * {@code <appendOnly>}: a slowly changing dimension of type 2. Writes go through the view {@code S.T}; every change
 * appends a version to {@code S.T_attributes}; {@code S.T_root} holds one row per living entity with a pointer to
 * its current version and a copy of its current values, so reading the current state never reads the history.
 *
 * <p>Where declared things go: unique columns, indexes and foreign keys from the dimension's columns are on the
 * root (the current rows, where reads go; "unique" means unique among living entities, and history never blocks
 * deleting what it once referenced); NOT NULL and checks are on both tables; foreign keys <em>to</em> the dimension
 * reference the root's key.
 */
public final class AppendOnlyDimension implements DimensionType {

    @Override
    public String kind() {
        return AppendOnlyDimensionConfig.KIND;
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new PkPlugin(PkType.IDENTITY), new AppendOnlyTablesPlugin(), new ConstraintsPlugin(),
                new IndexesPlugin(), new ForeignKeysPlugin(), new AppendOnlyViewsPlugin());
    }

    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        String root = rootName(name);
        return new ReferenceTarget(ObjectId.table(schema, root), PkPlugin.COLUMN, ObjectId.constraint(schema, root,
                TablePlugin.primaryKeyName(root, PkPlugin.COLUMN)));
    }

    @Override
    public Set<String> generatedColumns() {
        return Set.of(PkPlugin.COLUMN, AppendOnlyTables.CREATED_AT, AppendOnlyTables.UPDATED_AT);
    }

    /** {@code T_root}. */
    static String rootName(String dimension) {
        return ObjectNames.fit(dimension + "_root");
    }

    /** {@code T_attributes}. */
    static String attributesName(String dimension) {
        return ObjectNames.fit(dimension + "_attributes");
    }

    /** {@code T_attributes_id}, the root's pointer to the current version. */
    static String pointerName(String dimension) {
        return ObjectNames.fit(dimension + "_attributes_id");
    }
}
