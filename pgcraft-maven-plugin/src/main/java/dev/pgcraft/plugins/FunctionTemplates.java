package dev.pgcraft.plugins;

import dev.pgcraft.model.spi.TemplateEngine;

import java.util.Map;

/**
 * The PL/pgSQL bodies of the functions the shared built-in plugins generate (raw-table protection), rendered from
 * the Velocity templates under {@code dev/pgcraft/plugins/templates/}; each kind renders its own from its own
 * folder. Identifiers and literals arrive quoted (via {@link dev.pgcraft.model.sql.SqlText}); a template only
 * arranges them.
 */
final class FunctionTemplates {

    private static final TemplateEngine ENGINE = new TemplateEngine(FunctionTemplates.class, "dev/pgcraft/plugins/templates/");

    private FunctionTemplates() {
    }

    /** Renders {@code name.vm}: a function body without its dollar quotes. */
    static String render(String name, Map<String, Object> values) {
        return ENGINE.render(name, values);
    }
}
