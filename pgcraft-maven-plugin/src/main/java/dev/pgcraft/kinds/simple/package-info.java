/** The {@code <simple>} dimension kind: one table, one row per entity. */
package dev.pgcraft.kinds.simple;
