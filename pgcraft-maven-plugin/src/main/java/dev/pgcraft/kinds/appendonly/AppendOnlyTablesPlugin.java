package dev.pgcraft.kinds.appendonly;

import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spi.CoreKeys;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.plugins.ConstraintsPlugin;
import dev.pgcraft.plugins.PkPlugin;
import dev.pgcraft.model.spi.ObjectNames;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * The two tables of an append-only dimension.
 * <ul>
 *   <li>{@code T_attributes} (version log): {@code id bigint} identity, {@code root_id} (the entity, indexed with
 *       the version id for the history view; no foreign key, since deleting the entity keeps its history),
 *       {@code created_at}, {@code deleted_at} (set on the last version when the entity is deleted), then the
 *       user's columns with their NOT NULL and checks.</li>
 *   <li>{@code T_root}: the key from the pk plugin, {@code created_at}, {@code updated_at},
 *       {@code T_attributes_id} (the current version, a foreign key into the log), then a copy of the current
 *       values. Keeping them here, as SQL:2011 system-versioned tables keep current rows apart from history, is
 *       what makes lookups and scans of the view cost O(current rows) rather than O(history).</li>
 * </ul>
 * The root is the dimension's {@code table}: unique columns, indexes and foreign keys of the dimension go there.
 */
@Requires("pk")
@Produces({"table", "appendOnly"})
@SingletonGroup("table")
public final class AppendOnlyTablesPlugin implements Plugin {

    private static final String TIMESTAMP = "timestamp with time zone";

    @Override
    public String name() {
        return "append-only-tables";
    }

    @Override
    public void apply(PluginContext context) {
        DimensionSpec dimension = context.dimension();
        String schema = context.schema();
        Column key = context.get(CoreKeys.PK).column();
        List<Column> userColumns = dimension.columns().stream().map(ColumnSpec::toColumn).toList();

        String versionId = PkPlugin.COLUMN;
        List<Column> logColumns = new ArrayList<>(List.of(
                new Column(versionId, "bigint", false, null, Identity.BY_DEFAULT),
                new Column(AppendOnlyTables.ROOT_ID, context.get(CoreKeys.PK).referencingType(), false, null, Identity.NONE),
                new Column(AppendOnlyTables.CREATED_AT, TIMESTAMP, false, "now()", Identity.NONE),
                new Column(AppendOnlyTables.DELETED_AT, TIMESTAMP, true, null, Identity.NONE)));
        logColumns.addAll(userColumns);
        Table attributes = new Table(schema, AppendOnlyDimension.attributesName(dimension.name()), logColumns);
        context.add(attributes);
        context.add(Constraint.primaryKey(schema, attributes.name(),
                PrimaryKey.constraintName(attributes.name(), versionId), List.of(versionId)));
        List<String> historyKey = List.of(AppendOnlyTables.ROOT_ID, versionId);
        context.add(new Index(schema, attributes.name(), ObjectNames.derived("ix", attributes.name(), historyKey),
                false, "btree", historyKey.stream().map(IndexKey::column).toList(), null));
        ConstraintsPlugin.addChecks(context, attributes);

        String pointer = AppendOnlyDimension.pointerName(dimension.name());
        List<Column> rootColumns = new ArrayList<>(List.of(key,
                new Column(AppendOnlyTables.CREATED_AT, TIMESTAMP, false, "now()", Identity.NONE),
                new Column(AppendOnlyTables.UPDATED_AT, TIMESTAMP, false, "now()", Identity.NONE),
                new Column(pointer, "bigint", false, null, Identity.NONE)));
        rootColumns.addAll(userColumns);
        Table root = new Table(schema, AppendOnlyDimension.rootName(dimension.name()), rootColumns);
        context.add(root);
        String rootKey = PrimaryKey.constraintName(root.name(), key.name());
        context.add(Constraint.primaryKey(schema, root.name(), rootKey, List.of(key.name())));
        context.add(Constraint.foreignKey(schema, root.name(),
                ObjectNames.foreignKey(root.name(), List.of(pointer), attributes.name()), List.of(pointer),
                attributes.id(), List.of(versionId), ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION,
                ObjectId.constraint(schema, attributes.name(),
                        PrimaryKey.constraintName(attributes.name(), versionId))));

        context.put(CoreKeys.TABLE, root);
        context.put(AppendOnlyTables.KEY, new AppendOnlyTables(root, attributes, key, pointer));
    }
}
