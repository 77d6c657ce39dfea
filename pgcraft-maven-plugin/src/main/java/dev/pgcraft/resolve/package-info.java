/**
 * Resolution: turns a validated {@code PgcraftConfig} into a {@code SchemaState} by running, for each dimension,
 * its plugins in dependency order. The ordering rules (requires/produces, singleton groups, global then
 * per-dimension replacement) live in {@link dev.pgcraft.resolve.PluginOrder}.
 */
package dev.pgcraft.resolve;
