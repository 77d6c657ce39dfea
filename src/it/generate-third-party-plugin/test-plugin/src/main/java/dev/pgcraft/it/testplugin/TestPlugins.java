package dev.pgcraft.it.testplugin;

import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginContext;
import dev.pgcraft.model.spi.PluginFactory;
import dev.pgcraft.model.spi.Produces;
import dev.pgcraft.model.spi.Requires;

import java.util.Optional;
import java.util.function.Function;

/** The factories and plugins of namespace {@value #NAMESPACE}. */
public final class TestPlugins {

    static final String NAMESPACE = "urn:pgcraft:it:test-plugin:1";

    private TestPlugins() {
    }

    /** One element's factory: ServiceLoader needs a class with a no-argument constructor per element. */
    private abstract static class Factory implements PluginFactory {
        private final String element;
        private final Function<String, Plugin> plugin;

        Factory(String element, Function<String, Plugin> plugin) {
            this.element = element;
            this.plugin = plugin;
        }

        @Override
        public String namespace() {
            return NAMESPACE;
        }

        @Override
        public String element() {
            return element;
        }

        @Override
        public Optional<Plugin> plugin(PluginSpec spec) {
            return Optional.of(plugin.apply(spec.displayName()));
        }
    }

    /** {@code <t:chicken/>}. */
    public static final class ChickenFactory extends Factory {
        public ChickenFactory() {
            super("chicken", Chicken::new);
        }
    }

    /** {@code <t:egg/>}. */
    public static final class EggFactory extends Factory {
        public EggFactory() {
            super("egg", Egg::new);
        }
    }

    /** {@code <t:boom/>}. */
    public static final class BoomFactory extends Factory {
        public BoomFactory() {
            super("boom", Boom::new);
        }
    }

    @Requires("egg")
    @Produces("chicken")
    record Chicken(String name) implements Plugin {
        @Override
        public void apply(PluginContext context) {
        }
    }

    @Requires("chicken")
    @Produces("egg")
    record Egg(String name) implements Plugin {
        @Override
        public void apply(PluginContext context) {
        }
    }

    /** A defect in a plugin's own code, as a real one would have it. */
    record Boom(String name) implements Plugin {
        @Override
        public void apply(PluginContext context) {
            throw new IllegalStateException("no layout for column " + context.dimension().columns().size());
        }
    }
}
