package dev.pgcraft.plugins;

import dev.pgcraft.render.TemplateEngine;

import java.util.Map;

/**
 * The PL/pgSQL bodies of the functions dimensions generate, rendered from the Velocity templates under
 * {@code dev/pgcraft/plugins/templates/}. Identifiers and literals arrive quoted (via
 * {@link dev.pgcraft.render.SqlText}); a template only arranges them.
 */
public final class FunctionTemplates {

    private static final TemplateEngine ENGINE = new TemplateEngine("dev/pgcraft/plugins/templates/");

    private FunctionTemplates() {
    }

    /** Renders {@code name.vm}: a function body without its dollar quotes. */
    public static String render(String name, Map<String, Object> values) {
        return ENGINE.render(name, values);
    }
}
