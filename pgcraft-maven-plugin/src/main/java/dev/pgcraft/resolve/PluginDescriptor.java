package dev.pgcraft.resolve;

import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;
import dev.pgcraft.model.spi.SingletonGroup;

import java.util.List;

/** A plugin with the declarations read from its annotations. */
record PluginDescriptor(Plugin plugin, List<String> requires, List<String> produces, String singletonGroup) {

    static PluginDescriptor of(Plugin plugin) {
        Class<?> type = plugin.getClass();
        Requires requires = type.getAnnotation(Requires.class);
        Produces produces = type.getAnnotation(Produces.class);
        SingletonGroup group = type.getAnnotation(SingletonGroup.class);
        return new PluginDescriptor(plugin,
                requires == null ? List.of() : List.of(requires.value()),
                produces == null ? List.of() : List.of(produces.value()),
                group == null ? null : group.value());
    }

    String name() {
        return plugin.name();
    }
}
