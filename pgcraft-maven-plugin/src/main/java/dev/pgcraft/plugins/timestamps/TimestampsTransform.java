package dev.pgcraft.plugins.timestamps;

import dev.pgcraft.model.spec.ColumnSpec;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.ModelSpec;
import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.model.spi.DimensionSurface;
import dev.pgcraft.model.spi.ModelTransform;
import dev.pgcraft.model.spi.TransformContext;

import java.util.Map;

/**
 * Adds {@code created_at} and {@code updated_at} ({@value #TYPE}, NOT NULL, default {@code now()}) after the
 * columns of every dimension that has {@code <timestamps/>} (globally and not excluded, or in its own plugins),
 * leaving out a column its kind generates or the user declared, and {@code updated_at} where the kind takes no
 * UPDATE (a ledger's entries never change). A record without state: the same transform from several elements is
 * one.
 */
record TimestampsTransform() implements ModelTransform {

    static final String ELEMENT = "timestamps";
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final String TYPE = "timestamp with time zone";

    @Override
    public String name() {
        return ELEMENT;
    }

    @Override
    public ModelSpec apply(ModelSpec model, TransformContext context) {
        PluginSpec global = model.plugins().stream().filter(TimestampsTransform::isTimestamps).findFirst()
                .orElse(null);
        return model.mapDimensions(dimension -> {
            PluginSpec own = dimension.plugins().stream().filter(TimestampsTransform::isTimestamps).findFirst()
                    .orElse(null);
            boolean excluded = dimension.excludes().stream()
                    .anyMatch(e -> PluginSpec.CORE_NAMESPACE.equals(e.namespace()) && ELEMENT.equals(e.element()));
            PluginSpec applied = own != null ? own : excluded ? null : global;
            return applied == null ? dimension : withTimestamps(dimension, context.kind(dimension), applied);
        });
    }

    private static DimensionSpec withTimestamps(DimensionSpec dimension, DimensionKind kind, PluginSpec element) {
        Map<String, String> generated = kind.generatedColumns();
        DimensionSpec result = dimension;
        if (!generated.containsKey(CREATED_AT) && dimension.column(CREATED_AT).isEmpty()) {
            result = result.withColumn(column(CREATED_AT, element));
        }
        if (!generated.containsKey(UPDATED_AT) && dimension.column(UPDATED_AT).isEmpty()
                && kind.verbs().contains(DimensionSurface.Verb.UPDATE)) {
            result = result.withColumn(column(UPDATED_AT, element));
        }
        return result;
    }

    private static ColumnSpec column(String name, PluginSpec element) {
        return ColumnSpec.of(name, TYPE, false, element.location()).withDefault("now()");
    }

    static boolean isTimestamps(PluginSpec spec) {
        return PluginSpec.CORE_NAMESPACE.equals(spec.namespace()) && ELEMENT.equals(spec.element());
    }
}
