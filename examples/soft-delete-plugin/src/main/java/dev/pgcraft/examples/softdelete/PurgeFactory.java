package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;

import java.util.Optional;

/** {@code <sd:purge/>}: a dimension plugin only. */
public final class PurgeFactory implements PluginFactory {

    @Override
    public String namespace() {
        return SoftDelete.NAMESPACE;
    }

    @Override
    public String element() {
        return SoftDelete.PURGE;
    }

    @Override
    public Optional<Plugin> plugin(PluginSpec spec) {
        return Optional.of(new PurgePlugin(spec.displayName()));
    }
}
