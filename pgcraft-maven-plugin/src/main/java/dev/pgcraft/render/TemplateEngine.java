package dev.pgcraft.render;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Velocity configured the one way pgcraft uses it: templates from the classpath, UTF-8, strict references (an
 * undefined variable is an error, not literal text), no caching surprises between runs.
 */
final class TemplateEngine {

    private static final String ROOT = "dev/pgcraft/render/templates/";

    private final VelocityEngine engine;

    TemplateEngine() {
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.init();
    }

    /** Renders {@code name.vm} with a flat context; output lines end with {@code \n} whatever the platform. */
    String render(String name, Map<String, Object> values) {
        Template template = engine.getTemplate(ROOT + name + ".vm", StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        template.merge(new VelocityContext(new java.util.HashMap<>(values)), out);
        return out.toString().replace("\r\n", "\n").strip();
    }
}
