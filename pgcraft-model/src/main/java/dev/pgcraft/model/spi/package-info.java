/**
 * The plugin SPI. A dimension is built by an ordered list of {@link dev.pgcraft.model.spi.Plugin}s; each declares
 * the context keys it {@link dev.pgcraft.model.spi.Requires} and {@link dev.pgcraft.model.spi.Produces}, and the
 * runner orders them topologically, so a third-party plugin slots in by naming what it needs instead of by
 * position. This package and {@code dev.pgcraft.model.schema} are all a plugin compiles against.
 */
package dev.pgcraft.model.spi;
