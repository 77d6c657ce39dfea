/**
 * The PostgREST extension ({@code urn:pgcraft:postgrest:1}): reads {@code <rest:postgrest>} and each dimension's
 * {@code <rest:api>} (and each schema's {@code <rest:api view="…">}), and adds to the schema state the api schema,
 * the roles PostgREST switches between, a view per exposed dimension or view and the grants that say who may do what
 * through it. Built on the open engine's SPI only
 * ({@code dev.pgcraft.model}); nothing here is API for others.
 */
package dev.pgcraft.postgrest;
