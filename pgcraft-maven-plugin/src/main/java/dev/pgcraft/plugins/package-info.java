/**
 * The built-in plugins several dimension kinds share: the key column ({@code <pk>}), constraints, indexes, foreign
 * keys, comments, and writing through a view with raw-table protection. Each does one thing and names what it
 * needs, so a kind (see {@code dev.pgcraft.kinds}) is a default list of them plus its own.
 */
package dev.pgcraft.plugins;
