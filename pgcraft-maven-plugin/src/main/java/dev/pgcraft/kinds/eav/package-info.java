/**
 * The {@code <eav>} dimension kind: the entity table, the attribute log with one typed value column per type in
 * use, the view {@code T} with one column per attribute, its history view, the INSTEAD OF write functions and their
 * templates ({@code dev/pgcraft/kinds/eav/templates/}), and the kind's configuration rules.
 */
package dev.pgcraft.kinds.eav;
