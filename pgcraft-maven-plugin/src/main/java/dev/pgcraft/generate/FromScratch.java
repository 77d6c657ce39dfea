package dev.pgcraft.generate;

import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.load.ModelFragments;
import dev.pgcraft.load.ModelSpecs;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.resolve.Resolver;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The model rendered as one script that builds it in an empty database, with no snapshot and no earlier
 * migrations involved: what applying every generated migration must amount to.
 */
public final class FromScratch {

    private final Consumer<String> debug;
    private final Registry registry;

    /** With the built-in kinds and plugins. */
    public FromScratch(Consumer<String> debug) {
        this(debug, Registry.builtin());
    }

    /**
     * @param debug    receives plugin order details (logged at debug level)
     * @param registry the kinds and plugins to build the model with
     */
    public FromScratch(Consumer<String> debug, Registry registry) {
        this.debug = debug;
        this.registry = registry;
    }

    /**
     * Loads and resolves the model and renders every object from empty.
     *
     * @param title first header line of the script, e.g. {@code V1 (V1__from_scratch.sql)}
     */
    public String script(Path config, String configDisplayName, String title) {
        return script(config, configDisplayName, title, ViewProbe.NONE);
    }

    /**
     * As {@link #script(Path, String, String)}; the model's own views are first asked of {@code views} (what they
     * read decides their place in the script).
     */
    public String script(Path config, String configDisplayName, String title, ViewProbe views) {
        return render(state(config, configDisplayName, views), configDisplayName, title);
    }

    /**
     * The model's state as generate would record it, with nothing generated before: its own views shaped by
     * {@code views} ({@link ViewProbe#NONE} refuses a model with views).
     */
    public SchemaState state(Path config, String configDisplayName, ViewProbe views) {
        PgcraftConfig loaded = ConfigLoader.load(config, configDisplayName, registry);
        ModelSpec model = ModelSpecs.of(loaded, registry);
        return ViewShapes.complete(model, new Resolver(debug, registry).resolve(model), SchemaState.empty(), views,
                ModelFragments.of(loaded, registry), configDisplayName);
    }

    /** Renders every object of {@code desired} from empty. */
    public static String render(SchemaState desired, String configDisplayName, String title) {
        return new MigrationRenderer().render(title, configDisplayName, desired.requirements(),
                ChangeOrder.order(Differ.diff(SchemaState.empty(), desired)));
    }
}
