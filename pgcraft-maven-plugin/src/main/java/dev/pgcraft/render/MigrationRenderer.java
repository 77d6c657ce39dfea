package dev.pgcraft.render;

import dev.pgcraft.model.sql.SqlText;
import dev.pgcraft.diff.Change;
import dev.pgcraft.diff.MigrationChanges;
import dev.pgcraft.model.schema.VersionRequirement;

import java.util.Collection;
import java.util.List;

/**
 * Renders an ordered list of changes into the text of one migration file: a header saying what the file is and
 * what it needs, then one statement block per change, separated by blank lines. The same input always gives the
 * same bytes: no timestamps, no host names, {@code \n} line endings.
 */
public final class MigrationRenderer {

    /** The header line {@code migrate} reads to refuse a server that is too old before applying anything. */
    public static final String MIN_POSTGRESQL_DIRECTIVE = "-- pgcraft:min-postgresql ";

    /**
     * The header line asking {@code migrate} to send {@code NOTIFY channel, 'payload'} once after a run that applied
     * this file ({@code -- pgcraft:notify pgrst reload schema}).
     */
    public static final String NOTIFY_DIRECTIVE = "-- pgcraft:notify ";

    /**
     * The header line asking {@code migrate} (and {@code undo}) to refresh a materialized view once after a run that
     * applied this file: {@code -- pgcraft:refresh "rpt"."sku_counts" concurrently} — the name as
     * {@link SqlText#qualified} writes it, then {@code afterMigrate} or {@code concurrently}. One line per view, in
     * dependency order. Read strictly by {@code dev.pgcraft.migrate.RefreshDirectives}.
     */
    public static final String REFRESH_DIRECTIVE = "-- pgcraft:refresh ";

    /** The setting every generated file's transaction starts with. */
    public static final String STANDARD_STRINGS_LOCAL = "SET LOCAL standard_conforming_strings = on;";

    private final ChangeRenderer changes = new ChangeRenderer();

    /** The marker {@code migrate} splits a file at: what follows runs outside the transaction. */
    public static final String NON_TRANSACTIONAL_MARKER = "-- pgcraft:non-transactional";

    /** All changes in the transaction, no lock timeout, no notes: the from-scratch script. */
    public String render(String title, String source, Collection<VersionRequirement> requirements,
                         List<Change> ordered) {
        return render(title, source, requirements, new MigrationChanges(ordered, List.of()), null, List.of());
    }

    /**
     * @param title        first header line, e.g. {@code V1 (V1__init.sql)}
     * @param source       the model file as the user names it
     * @param requirements PostgreSQL versions the model needs
     * @param changes      the changes, already in dependency order, in their two parts
     * @param lockTimeout  how long a statement may wait for a lock ({@code 5s}), or {@code null} for no limit
     * @param notes        further header lines (comments) for the reader
     */
    public String render(String title, String source, Collection<VersionRequirement> requirements,
                         MigrationChanges changes, String lockTimeout, List<String> notes) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- pgcraft migration ").append(title).append('\n');
        sql.append("-- Generated from ").append(source)
                .append(" by pgcraft:generate. Do not edit: change the model and generate again.\n");
        for (VersionRequirement requirement : requirements) {
            sql.append(MIN_POSTGRESQL_DIRECTIVE).append(requirement.major()).append(' ')
                    .append(requirement.reason()).append('\n');
        }
        for (String note : notes) {
            sql.append("-- ").append(note).append('\n');
        }
        sql.append('\n');
        if (lockTimeout != null) {
            // A DDL statement queued behind a long transaction blocks every query behind it; failing fast is
            // better, and migrate can simply be run again.
            sql.append("SET LOCAL lock_timeout = ").append(SqlText.literal(lockTimeout)).append(";\n");
        }
        // The model's checks, defaults and queries are written for it (backslashes in '…' are characters), as
        // PostgreSQL has defaulted since 9.1; a server or role that turns it off must not change what they mean,
        // whoever runs the file (migrate refuses such a session anyway, see Preflight).
        sql.append(STANDARD_STRINGS_LOCAL).append('\n');
        for (Change change : changes.transactional()) {
            sql.append('\n').append(this.changes.render(change)).append('\n');
        }
        if (!changes.nonTransactional().isEmpty()) {
            sql.append('\n').append(NON_TRANSACTIONAL_MARKER).append('\n');
            sql.append("-- Runs after the part above has committed, one statement at a time, so no long lock blocks "
                    + "writes.\n-- Every statement is safe to run again: after a failure, migrate resumes here.\n");
            sql.append('\n');
            if (lockTimeout != null) {
                sql.append("SET lock_timeout = ").append(SqlText.literal(lockTimeout)).append(";\n");
            }
            sql.append("SET standard_conforming_strings = on;\n");
            for (Change change : changes.nonTransactional()) {
                sql.append('\n').append(this.changes.render(change)).append('\n');
            }
        }
        return sql.toString();
    }
}
