package dev.pgcraft.migrate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One versioned migration found on disk.
 *
 * @param version              the version from the file name
 * @param description          the rest of the name, underscores shown as spaces
 * @param script               the file name, e.g. {@code V2__add_prices.sql}; what history stores
 * @param path                 where the file is, for messages
 * @param text                 the SQL, BOM removed and line endings normalised to LF
 * @param checksum             {@code sha256:<hex>} of {@code text}, see {@link Checksum}
 * @param minPostgresqlMajor   the PostgreSQL major version the file needs
 *                             ({@code -- pgcraft:min-postgresql N reason}), or 0
 * @param minPostgresqlReason  why it needs it, as written in the directive; empty when none
 */
public record MigrationFile(MigrationVersion version, String description, String script, Path path, String text,
                            String checksum, int minPostgresqlMajor, String minPostgresqlReason) {

    public MigrationFile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(text, "text");
        minPostgresqlReason = minPostgresqlReason == null ? "" : minPostgresqlReason;
    }
}
