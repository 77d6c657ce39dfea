/**
 * Adopting a database built without pgcraft's snapshot ({@code pgcraft:baseline -Dpgcraft.baselineSnapshot=true}):
 * proves, on a throwaway embedded PostgreSQL, that the model built from scratch has exactly the catalog the live
 * database has in the model's schemas, and only then writes the snapshot (and, when there are no migrations yet, a
 * baseline migration that builds the same schema in a new database), so the next {@code generate} is incremental.
 */
package dev.pgcraft.adopt;
