/**
 * The built-in {@code <timestamps/>} plugin, written against the SPI only: a model transform adds
 * {@code created_at} and {@code updated_at} where a dimension's kind does not generate them, and a dimension plugin
 * has the database keep {@code updated_at} on every update.
 */
package dev.pgcraft.plugins.timestamps;
