package dev.pgcraft.kinds.appendonly;

import dev.pgcraft.model.config.AppendOnlyDimensionConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.plugins.ConstraintsPlugin;
import dev.pgcraft.plugins.ForeignKeysPlugin;
import dev.pgcraft.plugins.IndexesPlugin;
import dev.pgcraft.plugins.PkPlugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
public final class AppendOnlyDimension implements DimensionKind {

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
        return new ReferenceTarget(ObjectId.table(schema, root), PrimaryKey.COLUMN, ObjectId.constraint(schema, root,
                PrimaryKey.constraintName(root, PrimaryKey.COLUMN)));
    }

    @Override
    public Map<String, String> generatedColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(PrimaryKey.COLUMN, "the entity key; its type comes from <pk type=\"…\"/>");
        columns.put(AppendOnlyTables.CREATED_AT, "when the entity was created");
        columns.put(AppendOnlyTables.UPDATED_AT, "when its current version was written");
        return columns;
    }

    @Override
    public Map<String, String> internalColumns(String name) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(AppendOnlyTables.ROOT_ID, "the entity a version belongs to, in the version log");
        columns.put(AppendOnlyTables.DELETED_AT, "when the entity was deleted, on its last version");
        columns.put(AppendOnlyTables.VERSION_ID, "the version, in the history view");
        columns.put(AppendOnlyTables.VALID_FROM, "when a version became current, in the history view");
        columns.put(AppendOnlyTables.VALID_TO, "when a version stopped being current, in the history view");
        columns.put(name + "_attributes_id", "the root's pointer to the current version");
        return columns;
    }

    /**
     * An append-only dimension's foreign keys are on its root, which holds the current values: a cascading action
     * would change them behind the version log's back, so only noAction and restrict are allowed.
     */
    @Override
    public void check(DimensionSpec dimension, List<Problem> problems) {
        for (ColumnSpec column : dimension.columns()) {
            if (column.references() != null) {
                referentialActions(dimension.qualifiedName(), column, problems);
            }
        }
    }

    private static void referentialActions(String qualified, ColumnSpec column, List<Problem> problems) {
        for (Map.Entry<String, ForeignKeyAction> action : List.of(Map.entry("onDelete", column.onDelete()),
                Map.entry("onUpdate", column.onUpdate()))) {
            if (action.getValue() != ForeignKeyAction.NO_ACTION && action.getValue() != ForeignKeyAction.RESTRICT) {
                problems.add(Problem.at(where(column.location()), "PGC-CONFIG-APPEND-ONLY-ACTION",
                        action.getKey() + "=\"" + xmlName(action.getValue()) + "\" on column \"" + column.name()
                                + "\" of append-only dimension " + qualified + " would change its current values "
                                + "without recording a version.",
                        "Use " + action.getKey() + "=\"restrict\" or leave it out, and change the referencing "
                                + "entities through the view first."));
            }
        }
    }

    private static SourceLocation where(SourceLocation location) {
        return location != null ? location : SourceLocation.of("pgcraft.xml");
    }

    /** The action as written in pgcraft.xml, e.g. {@code setNull}. */
    private static String xmlName(ForeignKeyAction action) {
        return switch (action) {
            case NO_ACTION -> "noAction";
            case RESTRICT -> "restrict";
            case CASCADE -> "cascade";
            case SET_NULL -> "setNull";
            case SET_DEFAULT -> "setDefault";
        };
    }

    @Override
    public ObjectId relation(String schema, String name) {
        return ObjectId.view(schema, name);
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
