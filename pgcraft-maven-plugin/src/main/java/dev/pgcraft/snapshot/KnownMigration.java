package dev.pgcraft.snapshot;

/**
 * A migration file the snapshot was generated together with, so {@code check} can tell when one was edited or
 * removed after the fact.
 *
 * @param version  the file's version, e.g. {@code 3}
 * @param script   the file name
 * @param checksum the file's checksum ({@code sha256:…}, same algorithm as the history table)
 * @param chain    the {@link MigrationChain} link up to and including this migration, as stored; {@code check}
 *                 recomputes it to find a snapshot whose list was edited
 */
public record KnownMigration(String version, String script, String checksum, String chain) {
}
