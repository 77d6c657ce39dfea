/**
 * What a database really contains, read from {@code pg_catalog} into a {@link dev.pgcraft.catalog.Catalog} of
 * readable object keys and canonical definitions, and compared: the check behind the convergence property
 * (applying the migrations gives the same catalog as building the model from scratch). Names PostgreSQL chooses
 * itself, column order and dropped columns do not count, so two databases built by different SQL compare equal
 * when they hold the same objects.
 */
package dev.pgcraft.catalog;
