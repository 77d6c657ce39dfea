package dev.pgcraft.plugins;

import dev.pgcraft.model.config.EavDimensionConfig;
import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.resolve.DimensionType;

import java.util.List;
import java.util.Set;

/**
 * {@code <eav>}: entity-attribute-value. {@code S.T_entity} holds the entities, {@code S.T_attribute} every value
 * ever written (one row per attribute change), and the view {@code S.T} one column per attribute with its current
 * value; writes go through the view's INSTEAD OF triggers. A foreign key to an eav dimension references
 * {@code T_entity(id)}.
 */
public final class EavDimension implements DimensionType {

    @Override
    public String kind() {
        return EavDimensionConfig.KIND;
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new PkPlugin(PkType.IDENTITY), new EavTablesPlugin(), new EavViewPlugin());
    }

    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        String entity = EavStorage.entityTable(name);
        return new ReferenceTarget(ObjectId.table(schema, entity), PkPlugin.COLUMN, ObjectId.constraint(schema, entity,
                TablePlugin.primaryKeyName(entity, PkPlugin.COLUMN)));
    }

    @Override
    public Set<String> generatedColumns() {
        return Set.of(PkPlugin.COLUMN, EavStorage.CREATED_AT);
    }
}
