/**
 * The plugin SPI. <b>Stable API</b>: a third-party plugin, dimension kind or extension compiles against this package,
 * {@code dev.pgcraft.model.spec}, {@code dev.pgcraft.model.schema}, {@code dev.pgcraft.model.sql} and
 * {@code dev.pgcraft.model.problem}, and nothing else of pgcraft.
 *
 * <p>The engine finds everything through {@link java.util.ServiceLoader} on the pgcraft Maven plugin's class path
 * (the jars under its {@code <dependencies>}), the built-ins included:
 * {@link dev.pgcraft.model.spi.PluginFactory} (a {@code <plugins>} element → plugins),
 * {@link dev.pgcraft.model.spi.DimensionKind} (a dimension element, keyed by namespace and name → its default
 * plugins, rules and surface; a kind reads its element through {@link dev.pgcraft.model.spec.DimensionSpec#element()},
 * never through the JAXB binding), {@link dev.pgcraft.model.spi.Extension} (elements of a namespace outside
 * {@code <plugins>}).
 *
 * <p>Building runs in phases: (a) {@link dev.pgcraft.model.spi.ModelTransform}s change the
 * {@link dev.pgcraft.model.spec.ModelSpec}; (b) each dimension's {@link dev.pgcraft.model.spi.Plugin}s (its kind's
 * defaults, then global ones, then its own) run in the order their {@link dev.pgcraft.model.spi.Requires} and
 * {@link dev.pgcraft.model.spi.Produces} declare; (c) {@link dev.pgcraft.model.spi.ModelPlugin}s see every
 * dimension's {@link dev.pgcraft.model.spi.DimensionSurface}. A plugin names pgcraft's objects with
 * {@link dev.pgcraft.model.spi.ObjectNames}, quotes with {@link dev.pgcraft.model.sql.SqlText}, renders its
 * function bodies with {@link dev.pgcraft.model.spi.TemplateEngine} from its own jar, and reports a problem by
 * throwing {@link dev.pgcraft.model.problem.PgcraftException}; anything else it throws is reported naming the plugin
 * and the dimension.
 */
package dev.pgcraft.model.spi;
