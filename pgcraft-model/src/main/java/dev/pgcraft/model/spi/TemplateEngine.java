package dev.pgcraft.model.spi;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Velocity configured the one way pgcraft uses it: templates from the class loader of the jar that ships them,
 * UTF-8, strict references (an undefined variable is an error, not literal text). Each template is parsed once per
 * engine and kept: templates ship in a jar and cannot change while it runs, and parsing them for every rendered
 * statement was most of the time of a large {@code generate}.
 *
 * <p>A plugin makes one engine per template folder, anchored at one of its own classes
 * ({@code new TemplateEngine(MyPlugin.class, "com/acme/templates/")}): its templates are read through that class's
 * loader, so a plugin jar on the Maven plugin's class path finds its own templates and never another jar's. The
 * context holds ready, quoted pieces ({@link dev.pgcraft.model.sql.SqlText}): templates never quote or escape.
 */
public final class TemplateEngine {

    /**
     * One Velocity engine per class loader, shared by every {@code TemplateEngine} anchored in it: an engine's
     * set-up (its properties, directives, introspector and parser pool) cost as much as a whole small
     * {@code generate}, and pgcraft alone made six. Template names include their folder, so folders never clash in
     * the shared cache. Weak keys let a build tool's discarded class realm go.
     */
    private static final Map<ClassLoader, VelocityEngine> ENGINES = new WeakHashMap<>();

    private final String root;
    private final VelocityEngine engine;

    /**
     * @param anchor a class of the jar that ships the templates; they are read through its class loader
     * @param root   the class-path folder holding the {@code .vm} files, ending in {@code /}
     */
    public TemplateEngine(Class<?> anchor, String root) {
        this.root = root;
        ClassLoader loader = anchor.getClassLoader();
        synchronized (ENGINES) {
            engine = ENGINES.computeIfAbsent(loader, TemplateEngine::engine);
        }
    }

    private static VelocityEngine engine(ClassLoader loader) {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "jar");
        engine.setProperty("resource.loader.jar.instance", new ClassLoaderResources(loader));
        engine.setProperty("resource.loader.jar.cache", true);
        // Never ask whether a cached template changed: it cannot.
        engine.setProperty("resource.loader.jar.modification_check_interval", -1);
        // Velocity makes this many parsers up front (20 by default); each template is parsed once, and a parse that
        // finds the pool empty makes its own parser, so one is enough.
        engine.setProperty(RuntimeConstants.PARSER_POOL_SIZE, 1);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.init();
        return engine;
    }

    /** Renders {@code name.vm} with a flat context; output lines end with {@code \n} whatever the platform. */
    public String render(String name, Map<String, Object> values) {
        return merge(name, new VelocityContext(new HashMap<>(values)));
    }

    /**
     * As {@link #render}, for an HTML page: every value a reference inserts is HTML-escaped on the way out, so a
     * comment or a check expression holding {@code <} or {@code &} can never become markup.
     */
    public String renderHtml(String name, Map<String, Object> values) {
        VelocityContext context = new VelocityContext(new HashMap<>(values));
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

    /** Reads templates through one class loader (Velocity's own class-path loader would ask the thread's). */
    private static final class ClassLoaderResources extends ResourceLoader {

        private final ClassLoader loader;

        ClassLoaderResources(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public void init(ExtProperties configuration) {
            // Everything it needs came with the constructor.
        }

        @Override
        public Reader getResourceReader(String source, String encoding) {
            InputStream in = loader.getResourceAsStream(source);
            if (in == null) {
                throw new ResourceNotFoundException("no template " + source + " on the class path");
            }
            return new InputStreamReader(in, Charset.forName(encoding));
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }
}
