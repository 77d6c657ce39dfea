package dev.pgcraft.plugins.timestamps;

import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;

import java.util.Optional;

/**
 * {@code <timestamps/>}: the columns come from {@link TimestampsTransform} (phase a, so every kind builds them like
 * declared columns), the upkeep of {@code updated_at} from {@link TimestampsPlugin} (phase b).
 */
public final class TimestampsFactory implements PluginFactory {

    @Override
    public String namespace() {
        return PluginSpec.CORE_NAMESPACE;
    }

    @Override
    public String element() {
        return TimestampsTransform.ELEMENT;
    }

    @Override
    public Optional<Plugin> plugin(PluginSpec spec) {
        return Optional.of(new TimestampsPlugin());
    }

    @Override
    public Optional<ModelTransform> transform(PluginSpec spec) {
        return Optional.of(new TimestampsTransform());
    }
}
