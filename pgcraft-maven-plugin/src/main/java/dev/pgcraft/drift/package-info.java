/**
 * {@code drift}: whether a live database is still what its applied migrations made. Replays the migrations its
 * history says were applied on a throwaway database, then compares the two catalogs over the schemas those
 * migrations own; each difference is an object added, dropped or changed outside the migrations.
 */
package dev.pgcraft.drift;
