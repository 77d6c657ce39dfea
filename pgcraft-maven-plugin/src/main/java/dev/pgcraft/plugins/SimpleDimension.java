package dev.pgcraft.plugins;

import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.ReferenceTarget;
import dev.pgcraft.resolve.DimensionType;

import java.util.List;
import java.util.Set;

/** {@code <simple>}: one table, one row per entity. */
public final class SimpleDimension implements DimensionType {

    @Override
    public String kind() {
        return "simple";
    }

    @Override
    public List<Plugin> defaultPlugins() {
        return List.of(new PkPlugin(PkType.IDENTITY), new TablePlugin(), new ConstraintsPlugin(),
                new IndexesPlugin(), new ForeignKeysPlugin(), new CommentsPlugin());
    }

    @Override
    public ReferenceTarget referenceTarget(String schema, String name) {
        return new ReferenceTarget(ObjectId.table(schema, name), PkPlugin.COLUMN, ObjectId.constraint(schema, name,
                TablePlugin.primaryKeyName(name, PkPlugin.COLUMN)));
    }

    @Override
    public Set<String> generatedColumns() {
        return Set.of(PkPlugin.COLUMN);
    }
}
