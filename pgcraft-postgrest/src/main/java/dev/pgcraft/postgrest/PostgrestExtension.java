package dev.pgcraft.postgrest;

import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spi.Extension;
import dev.pgcraft.model.spi.ModelPlugin;

import java.util.List;

/** The PostgREST extension, found by ServiceLoader: its work happens after every dimension is built. */
public final class PostgrestExtension implements Extension {

    /** The extension's XML namespace. */
    public static final String NAMESPACE = "urn:pgcraft:postgrest:1";

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    @Override
    public List<ModelPlugin> modelPlugins(ModelSpec model) {
        return List.of(new ApiPlugin());
    }
}
