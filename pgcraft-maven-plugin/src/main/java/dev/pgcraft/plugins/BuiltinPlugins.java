package dev.pgcraft.plugins;

import dev.pgcraft.model.config.ExtensionPluginConfig;
import dev.pgcraft.model.config.PkPluginConfig;
import dev.pgcraft.model.config.PluginConfig;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.spi.Plugin;

import java.util.ArrayList;
import java.util.List;

/** Turns {@code <plugins>} elements into plugin instances. */
public final class BuiltinPlugins {

    private BuiltinPlugins() {
    }

    public static List<Plugin> fromConfig(List<PluginConfig> configs) {
        List<Plugin> plugins = new ArrayList<>();
        for (PluginConfig config : configs) {
            if (config instanceof PkPluginConfig pk) {
                plugins.add(new PkPlugin(pk.getType()));
            } else if (config instanceof ExtensionPluginConfig extension) {
                throw new PgcraftException(Problem.at(extension.getLocation(), "PGC-CONFIG-PLUGIN-UNKNOWN",
                        "No plugin on the pgcraft plugin's class path implements <" + extension.element().qualifiedName()
                                + ">, although a jar there defines its namespace " + extension.namespace() + ".",
                        "Add the artifact that implements it under the pgcraft plugin's <dependencies>."));
            } else {
                throw new IllegalStateException("no plugin for " + config.getClass().getName());
            }
        }
        return plugins;
    }
}
