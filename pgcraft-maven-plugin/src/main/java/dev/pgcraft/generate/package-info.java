/**
 * {@code generate}: load the model, resolve it, diff it against the snapshot, and write the next migration and
 * the new snapshot together — both or neither.
 */
package dev.pgcraft.generate;
