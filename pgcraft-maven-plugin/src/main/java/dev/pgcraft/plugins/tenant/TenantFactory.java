package dev.pgcraft.plugins.tenant;

import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.ModelPlugin;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.PluginFactory;
import dev.pgcraft.model.sql.ColumnTypes;

import java.util.Optional;

/** {@code <tenant column="tenant_id" type="uuid|text|bigint"/>}: a transform and a model-wide plugin, no dimension plugin. */
public final class TenantFactory implements PluginFactory {

    static final String ELEMENT = "tenant";

    @Override
    public String namespace() {
        return PluginSpec.CORE_NAMESPACE;
    }

    @Override
    public String element() {
        return ELEMENT;
    }

    @Override
    public Optional<Plugin> plugin(PluginSpec spec) {
        return Optional.empty();
    }

    @Override
    public Optional<ModelTransform> transform(PluginSpec spec) {
        return Optional.of(new TenantTransform(column(spec), ColumnTypes.canonical(spec.attribute("type")
                .orElse("uuid")), spec.attribute("default").orElse(null), spec.location()));
    }

    @Override
    public Optional<ModelPlugin> modelPlugin(PluginSpec spec) {
        return Optional.of(new TenantKeys(column(spec)));
    }

    private static String column(PluginSpec spec) {
        return spec.attribute("column").orElse("tenant_id");
    }
}
