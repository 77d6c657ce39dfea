/**
 * Proving at generate: before {@code generate} writes a migration, the new state is built on a throwaway PostgreSQL
 * from scratch, the existing migrations plus the new one are applied to a second database, and the two catalogs are
 * compared (the {@code verify} comparison). A SQL fragment of the model that PostgreSQL refuses is reported at its
 * {@code pgcraft.xml} line:column with the server's message, SQLSTATE and position in the fragment; a migration that
 * cannot run, or does not reach the model's state, is never written.
 */
package dev.pgcraft.prove;
