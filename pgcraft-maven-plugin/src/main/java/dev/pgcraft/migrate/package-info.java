/**
 * Applying versioned SQL migrations ({@code V<version>__<description>.sql}, Flyway's naming) safely: checksummed,
 * serialised by an advisory lock, each file in its own transaction with its history row (statements after a
 * {@code -- pgcraft:non-transactional} line run after it, resumably); and undoing them with their undo files
 * ({@code U<version>__<description>.sql}).
 */
package dev.pgcraft.migrate;
