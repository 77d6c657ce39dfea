package dev.pgcraft.render;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Velocity configured the one way pgcraft uses it: templates from the classpath, UTF-8, strict references (an
 * undefined variable is an error, not literal text). Each template is parsed once per engine and kept: templates
 * ship in the jar and cannot change while it runs, and parsing them for every rendered statement was most of the
 * time of a large {@code generate}. The engines are shared for the same reason (see {@link #migrations()}). Migration statements use
 * the templates under {@code dev/pgcraft/render/templates/}; dimension plugins render their PL/pgSQL function bodies
 * from their own folder. Either way the context holds ready, quoted pieces (see {@link SqlText}): templates never
 * quote or escape.
 */
public final class TemplateEngine {

    private static final String MIGRATION_TEMPLATES = "dev/pgcraft/render/templates/";

    private final String root;
    private final VelocityEngine engine;

    /**
     * The engine of the migration statement templates, one per class loader (rendering is thread-safe), made on
     * first use: a {@code generate} with nothing to write never starts it.
     */
    static TemplateEngine migrations() {
        return Migrations.ENGINE;
    }

    /** Holds the shared engine; the JVM initialises it on first access, once. */
    private static final class Migrations {
        static final TemplateEngine ENGINE = new TemplateEngine(MIGRATION_TEMPLATES);
    }

    /** @param root the classpath folder holding the {@code .vm} files, ending in {@code /} */
    public TemplateEngine(String root) {
        this.root = root;
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.setProperty("resource.loader.classpath.cache", true);
        // Never ask the class path whether a cached template changed: it cannot.
        engine.setProperty("resource.loader.classpath.modification_check_interval", -1);
        engine.init();
    }

    /** Renders {@code name.vm} with a flat context; output lines end with {@code \n} whatever the platform. */
    public String render(String name, Map<String, Object> values) {
        return merge(name, new VelocityContext(new java.util.HashMap<>(values)));
    }

    /**
     * As {@link #render}, for an HTML page: every value a reference inserts is HTML-escaped on the way out, so a
     * comment or a check expression holding {@code <} or {@code &} can never become markup.
     */
    public String renderHtml(String name, Map<String, Object> values) {
        VelocityContext context = new VelocityContext(new java.util.HashMap<>(values));
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler(new EscapeHtmlReference());
        escaping.attachToContext(context);
        return merge(name, context);
    }

    private String merge(String name, VelocityContext context) {
        Template template = engine.getTemplate(root + name + ".vm", StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString().replace("\r\n", "\n").strip();
    }
}
