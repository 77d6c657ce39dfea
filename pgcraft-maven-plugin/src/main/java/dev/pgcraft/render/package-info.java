/**
 * Rendering: each {@link dev.pgcraft.diff.Change} becomes SQL through one Velocity template per change kind.
 * Identifiers are quoted and literals escaped here in Java ({@link dev.pgcraft.model.sql.SqlText}), so templates only
 * arrange ready-made pieces; the engine runs in strict mode, so a missing variable fails instead of printing
 * {@code $name} into a migration.
 */
package dev.pgcraft.render;
