package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;

import java.util.Optional;

/** {@code <sd:softDelete column="…"/>}: the column (phase a) and the live-rows index (phase b). */
public final class SoftDeleteFactory implements PluginFactory {

    @Override
    public String namespace() {
        return SoftDelete.NAMESPACE;
    }

    @Override
    public String element() {
        return SoftDelete.SOFT_DELETE;
    }

    @Override
    public Optional<Plugin> plugin(PluginSpec spec) {
        return Optional.of(new SoftDeletePlugin(spec.displayName(),
                spec.attribute("column").orElse(RowStateTransform.defaultColumn(spec))));
    }

    @Override
    public Optional<ModelTransform> transform(PluginSpec spec) {
        return Optional.of(new RowStateTransform());
    }
}
