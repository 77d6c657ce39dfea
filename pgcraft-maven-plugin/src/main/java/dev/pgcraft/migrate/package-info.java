/**
 * Applying versioned SQL migrations ({@code V<version>__<description>.sql}, Flyway's naming) safely: checksummed,
 * serialised by an advisory lock, each file in its own transaction with its history row.
 */
package dev.pgcraft.migrate;
