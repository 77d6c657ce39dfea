package dev.pgcraft.plugins;

import dev.pgcraft.model.config.PkType;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;

import java.util.Locale;
import java.util.Optional;

/** {@code <pk type="identity|serial|uuidv4|uuidv7"/>} (the XSD restricts {@code type}; absent means identity). */
public final class PkPluginFactory implements PluginFactory {

    @Override
    public String namespace() {
        return PluginSpec.CORE_NAMESPACE;
    }

    @Override
    public String element() {
        return "pk";
    }

    @Override
    public Optional<Plugin> plugin(PluginSpec spec) {
        PkType type = spec.attribute("type").map(t -> PkType.valueOf(t.toUpperCase(Locale.ROOT)))
                .orElse(PkType.IDENTITY);
        return Optional.of(new PkPlugin(type));
    }
}
