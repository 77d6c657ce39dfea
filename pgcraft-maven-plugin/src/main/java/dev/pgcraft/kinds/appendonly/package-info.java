/**
 * The {@code <appendOnly>} dimension kind (SCD type 2): the version log {@code T_attributes}, the root
 * {@code T_root} with the current values, the view {@code T} users read and write, its history view, the INSTEAD OF
 * write functions and their templates ({@code dev/pgcraft/kinds/appendonly/templates/}).
 */
package dev.pgcraft.kinds.appendonly;
