package dev.pgcraft.report;

import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.load.ModelSpecs;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.resolve.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads and resolves a model (the same checks as {@code generate}: a model error fails here with the same
 * message) and describes it for readers.
 */
public final class ModelDescriber {

    private ModelDescriber() {
    }

    public static ModelDescription describe(Path config, String displayName) {
        Registry registry = Registry.builtin();
        PgcraftConfig model = ConfigLoader.load(config, displayName, registry);
        return describe(model, displayName, new Resolver(line -> { }, registry)
                .resolveTraced(ModelSpecs.of(model, registry)).byDimension(), registry);
    }

    static ModelDescription describe(PgcraftConfig model, String displayName, Map<String, List<DbObject>> objects,
                                     Registry registry) {
        List<ModelDescription.Schema> schemas = new ArrayList<>();
        for (SchemaConfig schema : model.getSchemas()) {
            List<ModelDescription.Dimension> dimensions = new ArrayList<>();
            for (DimensionConfig dimension : schema.getDimensions()) {
                List<DbObject> generated = objects.getOrDefault(schema.getName() + "." + dimension.getName(),
                        List.of());
                dimensions.add(dimension(schema.getName(), dimension, generated, registry));
            }
            schemas.add(new ModelDescription.Schema(schema.getName(), dimensions));
        }
        return new ModelDescription(displayName, schemas);
    }

    private static ModelDescription.Dimension dimension(String schema, DimensionConfig dimension,
                                                        List<DbObject> generated, Registry registry) {
        ReferenceTarget target = registry.kind(dimension.kindNamespace(), dimension.kind(), dimension.getLocation())
                .referenceTarget(schema, dimension.getName());
        // The key's type depends on the pk plugin in force (identity, uuid…): read it from the generated table.
        String keyType = generated.stream().filter(object -> object.id().equals(target.table()))
                .map(Table.class::cast).flatMap(table -> table.column(target.keyColumn()).stream())
                .map(dev.pgcraft.model.schema.Column::type).findFirst().orElse("?");
        List<ModelDescription.Column> columns = dimension.getColumns().stream().map(ModelDescriber::column).toList();
        List<String> checks = dimension.getChecks().stream()
                .map(check -> check.getName() + ": " + check.getExpression()).toList();
        List<String> indexes = dimension.getIndexes().stream().map(ModelDescriber::index).toList();
        // Data keys are bookkeeping for renames, not something a reader finds in the database.
        return new ModelDescription.Dimension(schema, dimension.getName(), dimension.kind(), dimension.getComment(),
                target.keyColumn(), keyType, columns, checks, indexes, generated.stream().map(DbObject::id)
                .filter(id -> id.kind() != ObjectKind.DATA_KEY).toList());
    }

    private static ModelDescription.Column column(ColumnConfig column) {
        return new ModelDescription.Column(column.getName(), column.getType(), column.isNullable(),
                column.getDefault(), column.getComment(), column.isUnique(), column.getReferences(),
                column.getOnDelete() == null ? null : column.getOnDelete().sql());
    }

    private static String index(IndexConfig index) {
        StringBuilder text = new StringBuilder(index.isUnique() ? "unique " : "");
        text.append(index.getExpression() != null ? "(" + index.getExpression() + ")"
                : "(" + String.join(", ", index.getColumns()) + ")");
        if (index.getUsing() != null) {
            text.append(" using ").append(index.getUsing().sql());
        }
        if (index.getWhere() != null) {
            text.append(" where ").append(index.getWhere());
        }
        return text.toString();
    }
}
