package dev.pgcraft.migrate;

import dev.pgcraft.model.sql.SqlText;

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
 * @param refreshes            the {@code -- pgcraft:refresh schema.view mode} directives: the materialized views
 *                             migrate (or undo) refreshes once at the end of a run that applied this file, see
 *                             {@link MaterializedViewRefresher}
 */
public record MigrationFile(MigrationVersion version, String description, String script, Path path, String text,
                            String checksum, List<SqlStatement> statements, int minPostgresqlMajor,
                            String minPostgresqlReason, List<Notice> notices, List<Refresh> refreshes) {

    public MigrationFile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(text, "text");
        statements = List.copyOf(statements);
        minPostgresqlReason = minPostgresqlReason == null ? "" : minPostgresqlReason;
        notices = notices == null ? List.of() : List.copyOf(notices);
        refreshes = refreshes == null ? List.of() : List.copyOf(refreshes);
    }

    /**
     * A {@code NOTIFY} to send after the run.
     *
     * @param channel the channel
     * @param payload the payload (the rest of the directive's line)
     */
    public record Notice(String channel, String payload) {
    }

    /**
     * A materialized view to refresh after the run ({@code -- pgcraft:refresh "rpt"."sku_counts" concurrently}).
     *
     * @param schema the view's schema, as stored in the catalog (an unquoted name in the directive is folded to
     *               lower case, as PostgreSQL folds it)
     * @param name   the view's name, likewise
     * @param mode   how to refresh it once it is populated
     * @param line   the directive's line in its file, for messages
     */
    public record Refresh(String schema, String name, RefreshMode mode, int line) {

        public Refresh {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mode, "mode");
        }

        /** {@code "schema"."name"}, as SQL names it. */
        public String qualified() {
            return SqlText.qualified(schema, name);
        }

        /** {@code schema.name} for a reader, each part quoted only when it would not read back the same. */
        public String displayName() {
            return display(schema) + "." + display(name);
        }

        private static String display(String identifier) {
            return identifier.matches("[a-z_][a-z0-9_$]*") ? identifier : SqlText.ident(identifier);
        }
    }

    /** How a {@code -- pgcraft:refresh} directive asks for a populated view to be refreshed. */
    public enum RefreshMode {
        /** {@code REFRESH MATERIALIZED VIEW}: readers wait while it runs. */
        AFTER_MIGRATE("afterMigrate"),
        /** {@code REFRESH MATERIALIZED VIEW CONCURRENTLY}: readers go on; needs a unique index on the view. */
        CONCURRENTLY("concurrently");

        private final String word;

        RefreshMode(String word) {
            this.word = word;
        }

        /** The word in the directive (and in {@code pgcraft.xml}'s {@code refresh} attribute). */
        public String word() {
            return word;
        }
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
