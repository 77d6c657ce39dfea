package dev.pgcraft.generate;

import dev.pgcraft.diff.ChangeOrder;
import dev.pgcraft.diff.Differ;
import dev.pgcraft.load.ConfigLoader;
import dev.pgcraft.model.schema.SchemaState;
import dev.pgcraft.render.MigrationRenderer;
import dev.pgcraft.resolve.Resolver;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The model rendered as one script that builds it in an empty database, with no snapshot and no earlier
 * migrations involved: what applying every generated migration must amount to.
 */
public final class FromScratch {

    private final Consumer<String> debug;

    /** @param debug receives plugin order details (logged at debug level) */
    public FromScratch(Consumer<String> debug) {
        this.debug = debug;
    }

    /**
     * Loads and resolves the model and renders every object from empty.
     *
     * @param title first header line of the script, e.g. {@code V1 (V1__from_scratch.sql)}
     */
    public String script(Path config, String configDisplayName, String title) {
        SchemaState desired = new Resolver(debug).resolve(ConfigLoader.load(config, configDisplayName));
        return render(desired, configDisplayName, title);
    }

    /** Renders every object of {@code desired} from empty. */
    public static String render(SchemaState desired, String configDisplayName, String title) {
        return new MigrationRenderer().render(title, configDisplayName, desired.requirements(),
                ChangeOrder.order(Differ.diff(SchemaState.empty(), desired)));
    }
}
