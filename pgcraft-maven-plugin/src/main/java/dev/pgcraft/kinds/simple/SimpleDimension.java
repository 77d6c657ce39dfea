package dev.pgcraft.kinds.simple;

import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.config.SimpleDimensionConfig;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PrimaryKey;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.plugins.CommentsPlugin;
import dev.pgcraft.plugins.ConstraintsPlugin;
import dev.pgcraft.plugins.ForeignKeysPlugin;
import dev.pgcraft.plugins.IndexesPlugin;
import dev.pgcraft.plugins.PkPlugin;

import java.util.List;
import java.util.Map;

/** {@code <simple>}: one table, one row per entity. */
public final class SimpleDimension implements DimensionKind {

    @Override
    public String kind() {
        return SimpleDimensionConfig.KIND;
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new PkPlugin(PkType.IDENTITY), new TablePlugin(), new ConstraintsPlugin(),
                new IndexesPlugin(), new ForeignKeysPlugin(), new CommentsPlugin());
    }

    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        return tableTarget(schema, name);
    }

    /** A foreign key to a dimension whose rows are in table {@code S.name} keyed by {@code id}. */
    public static ReferenceTarget tableTarget(String schema, String name) {
        return new ReferenceTarget(ObjectId.table(schema, name), PrimaryKey.COLUMN, ObjectId.constraint(schema, name,
                PrimaryKey.constraintName(name, PrimaryKey.COLUMN)));
    }

    @Override
    public Map<String, String> generatedColumns() {
        return Map.of(PrimaryKey.COLUMN, "the primary key; its type comes from <pk type=\"…\"/>");
    }

    @Override
    public ObjectId relation(String schema, String name) {
        return ObjectId.table(schema, name);
    }
}
