/**
 * Diffing and ordering: the previous {@code SchemaState} against the desired one gives typed
 * {@link dev.pgcraft.diff.Change}s ({@link dev.pgcraft.diff.Differ}, one generic sorted compare for every object
 * kind), which {@link dev.pgcraft.diff.ChangeOrder} puts in dependency order.
 */
package dev.pgcraft.diff;
