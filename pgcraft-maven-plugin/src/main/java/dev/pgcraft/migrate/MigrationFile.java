package dev.pgcraft.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One migration ({@code V<n>__...}) or undo file ({@code U<n>__...}) found on disk.
 *
 * @param version              the version from the file name (for an undo file: the version it undoes)
 * @param description          the rest of the name, underscores shown as spaces
 * @param script               the file name, e.g. {@code V2__add_prices.sql}; what history stores
 * @param path                 where the file is, for messages
 * @param text                 the SQL, BOM removed and line endings normalised to LF
 * @param checksum             {@code sha256:<hex>} of {@code text}, see {@link Checksum}
 * @param statements           {@code text} split into statements, those after the
 *                             {@value SqlScript#NON_TRANSACTIONAL_MARKER} marker flagged
 * @param minPostgresqlMajor   the PostgreSQL major version the file needs
 *                             ({@code -- pgcraft:min-postgresql N reason}), or 0
 * @param minPostgresqlReason  why it needs it, as written in the directive; empty when none
 * @param notices              the {@code -- pgcraft:notify channel payload} directives: what migrate sends once at
 *                             the end of a run that applied this file
 */
public record MigrationFile(MigrationVersion version, String description, String script, Path path, String text,
                            String checksum, List<SqlStatement> statements, int minPostgresqlMajor,
                            String minPostgresqlReason, List<Notice> notices) {

    public MigrationFile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(text, "text");
        statements = List.copyOf(statements);
        minPostgresqlReason = minPostgresqlReason == null ? "" : minPostgresqlReason;
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /**
     * A {@code NOTIFY} to send after the run.
     *
     * @param channel the channel
     * @param payload the payload (the rest of the directive's line)
     */
    public record Notice(String channel, String payload) {
    }

    /** The statements before the marker (all of them when there is none): run in one transaction. */
    public List<SqlStatement> transactionalStatements() {
        return statements.stream().filter(statement -> !statement.nonTransactional()).toList();
    }

    /** The statements after the marker: run one by one in autocommit mode. */
    public List<SqlStatement> nonTransactionalStatements() {
        return statements.stream().filter(SqlStatement::nonTransactional).toList();
    }

    /** Whether any statement runs outside the file's transaction. */
    public boolean hasNonTransactionalPart() {
        return statements.stream().anyMatch(SqlStatement::nonTransactional);
    }
}
