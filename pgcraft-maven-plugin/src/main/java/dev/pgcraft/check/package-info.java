/**
 * {@code check}: whether the committed migrations and snapshot still agree with each other and with the model,
 * so a build (or CI) fails when someone changed {@code pgcraft.xml} without generating, edited or removed a
 * generated migration, merged two branches that each generated the same version, or edited the snapshot.
 * It writes nothing.
 */
package dev.pgcraft.check;
