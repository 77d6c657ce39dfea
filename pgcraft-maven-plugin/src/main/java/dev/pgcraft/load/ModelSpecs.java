package dev.pgcraft.load;

import dev.pgcraft.model.config.CheckConfig;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.ExcludeConfig;
import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.config.ExtensionPluginConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.MaterializedViewConfig;
import dev.pgcraft.model.config.ViewConfig;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.PkPluginConfig;
import dev.pgcraft.model.config.PluginConfig;
import dev.pgcraft.model.config.ReferentialAction;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.config.TenantPluginConfig;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.spec.CheckSpec;
import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ExcludeSpec;
import dev.pgcraft.model.spec.IndexSpec;
import dev.pgcraft.model.spec.KindPart;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spec.RenameMap;
import dev.pgcraft.model.spec.SchemaSpec;
import dev.pgcraft.model.spec.ViewSpec;
import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.resolve.Registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The spec stage: a checked {@link PgcraftConfig} as immutable records, with canonical types, every position kept,
 * each kind's own part read by its kind, and the {@code previousName}s gathered into one {@link RenameMap}. After
 * this nothing reads the JAXB binding.
 */
public final class ModelSpecs {

    private ModelSpecs() {
    }

    /** @param config a configuration {@link ConfigChecker} found no problem in (types must be valid) */
    public static ModelSpec of(PgcraftConfig config, Registry registry) {
        List<SchemaSpec> schemas = new ArrayList<>();
        Map<String, String> renamedDimensions = new LinkedHashMap<>();
        Map<String, Map<String, String>> renamedColumns = new LinkedHashMap<>();
        Map<String, String> renamedViews = new LinkedHashMap<>();
        for (SchemaConfig schema : config.getSchemas()) {
            List<DimensionSpec> dimensions = new ArrayList<>();
            for (DimensionConfig dimension : schema.getDimensions()) {
                DimensionSpec spec = dimension(schema.getName(), dimension, registry);
                dimensions.add(spec);
                if (dimension.getPreviousName() != null) {
                    renamedDimensions.put(spec.qualifiedName(), dimension.getPreviousName());
                }
                Map<String, String> columns = new LinkedHashMap<>();
                for (ColumnConfig column : dimension.getColumns()) {
                    if (column.getPreviousName() != null) {
                        columns.put(column.getName(), column.getPreviousName());
                    }
                }
                renamedColumns.put(spec.qualifiedName(), columns);
            }
            List<ViewSpec> views = schema.getViews().stream().map(view -> view(schema.getName(), view)).toList();
            for (ViewConfig view : schema.getViews()) {
                if (view.getPreviousName() != null) {
                    renamedViews.put(schema.getName() + "." + view.getName(), view.getPreviousName());
                }
            }
            schemas.add(new SchemaSpec(schema.getName(), dimensions, views, schema.getExtensionElements(),
                    schema.getLocation()));
        }
        return new ModelSpec(plugins(config.getPlugins()), config.getExtensions(), schemas,
                new RenameMap(renamedDimensions, renamedColumns, renamedViews));
    }

    /**
     * One dimension's spec with its kind's part. It is also built for the kind's checks, before the file is known to
     * be free of problems: a column type that is no type then stays as written.
     */
    static DimensionSpec dimension(String schema, DimensionConfig dimension, Registry registry) {
        DimensionSpec spec = new DimensionSpec(dimension.kind(), schema, dimension.getName(), dimension.getComment(),
                dimension.getColumns().stream().map(ModelSpecs::column).toList(),
                dimension.getChecks().stream().map(ModelSpecs::check).toList(),
                dimension.getIndexes().stream().map(ModelSpecs::index).toList(),
                plugins(dimension.getPlugins()), dimension.getExcludedPlugins().stream().map(ModelSpecs::exclude).toList(),
                KindPart.NONE, dimension.getExtensionElements(), dimension.getLocation(), dimension.kindElement());
        return spec.withPart(registry.kind(spec).part(spec));
    }

    private static ViewSpec view(String schema, ViewConfig view) {
        Map<String, String> comments = new LinkedHashMap<>();
        view.getColumns().forEach(column -> comments.put(column.getName(), column.getComment()));
        MaterializedViewConfig materialized = view instanceof MaterializedViewConfig m ? m : null;
        return new ViewSpec(schema, view.getName(), view.getComment(), view.getQuery().getText(),
                materialized != null, materialized == null ? null : materialized.getRefresh().written(), comments,
                materialized == null ? List.of() : materialized.getIndexes().stream().map(ModelSpecs::index).toList(),
                view.getLocation(), view.getQuery().getLocation());
    }

    private static ExcludeSpec exclude(ExcludeConfig exclude) {
        return new ExcludeSpec(exclude.toString(), exclude.getNamespace(), exclude.getLocalName(),
                exclude.getLocation());
    }

    private static ColumnSpec column(ColumnConfig column) {
        String type = column.getType() == null ? "" : column.getType();
        return new ColumnSpec(column.getName(), ColumnTypes.isValid(type) ? ColumnTypes.canonical(type) : type,
                column.isNullable(),
                column.getDefault(), column.isUnique(), column.getComment(), column.getReferences(),
                action(column.getOnDelete()), action(column.getOnUpdate()), column.getLocation());
    }

    private static ForeignKeyAction action(ReferentialAction action) {
        return action == null ? ForeignKeyAction.NO_ACTION : ForeignKeyAction.valueOf(action.name());
    }

    private static CheckSpec check(CheckConfig check) {
        return new CheckSpec(check.getName(), check.getExpression(), check.getLocation());
    }

    private static IndexSpec index(IndexConfig index) {
        return new IndexSpec(index.getName(), index.getColumns(), index.getExpression(), index.isUnique(),
                index.getUsing().sql(), index.getWhere(), index.getLocation());
    }

    /** Each {@code <plugins>} element as its namespace, name and attributes as written. */
    private static List<PluginSpec> plugins(List<PluginConfig> configs) {
        List<PluginSpec> plugins = new ArrayList<>();
        for (PluginConfig config : configs) {
            if (config instanceof ExtensionPluginConfig extension) {
                plugins.add(new PluginSpec(extension.namespace(), extension.kind(), attributes(extension.element()),
                        config.getLocation(), extension.element()));
            } else {
                plugins.add(PluginSpec.core(config.kind(), attributes(config), config.getLocation()));
            }
        }
        return plugins;
    }

    /** An element's own (unqualified) attributes as written; namespace declarations are no parameters. */
    private static Map<String, String> attributes(ExtensionElement element) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap all = element.element().getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Node attribute = all.item(i);
            if (attribute.getNamespaceURI() == null) {
                attributes.put(attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName(),
                        attribute.getNodeValue());
            }
        }
        return attributes;
    }

    /** The core plugin elements' attributes in the file's spelling (the XSD's enumeration values). */
    private static Map<String, String> attributes(PluginConfig config) {
        if (config instanceof PkPluginConfig pk) {
            return Map.of("type", pk.getType().name().toLowerCase(Locale.ROOT));
        }
        if (config instanceof TenantPluginConfig tenant) {
            Map<String, String> attributes = new java.util.TreeMap<>(Map.of("column", tenant.getColumn(),
                    "type", tenant.getType().sql()));
            if (tenant.getDefaultValue() != null) {
                attributes.put("default", tenant.getDefaultValue());
            }
            return attributes;
        }
        return Map.of();
    }
}
