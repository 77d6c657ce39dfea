/**
 * Resolution: turns a model's {@link dev.pgcraft.model.spec.ModelSpec} into a {@code SchemaState} in three phases
 * (model transforms, each dimension's plugins in dependency order, model-wide plugins over every dimension's
 * surface). The kinds and plugins come from the {@link dev.pgcraft.resolve.Registry}, which
 * {@link java.util.ServiceLoader} fills from one class loader; this package names no built-in kind or plugin. The
 * ordering rules (requires/produces, singleton groups, global then per-dimension replacement) live in
 * {@link dev.pgcraft.resolve.PluginOrder}.
 */
package dev.pgcraft.resolve;
