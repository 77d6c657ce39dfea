/**
 * The built-in plugins and dimension types. Each plugin does one thing (the key column, the table, constraints,
 * indexes, foreign keys, comments) and names what it needs, so a dimension type is just a default list of them.
 */
package dev.pgcraft.plugins;
