/**
 * The built-in {@code <tenant/>} plugin, written against the SPI only: a model transform (phase a) puts the tenant
 * column into every dimension and into its unique keys and indexes, and a model-wide plugin (phase c) makes every
 * foreign key between two tenant dimensions carry the tenant too.
 */
package dev.pgcraft.plugins.tenant;
