package dev.pgcraft.render;

import dev.pgcraft.diff.Change;
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

    private final ChangeRenderer changes = new ChangeRenderer();

    /**
     * @param title        first header line, e.g. {@code V1: create dim.products}
     * @param source       the model file as the user names it
     * @param requirements PostgreSQL versions the model needs
     * @param ordered      the changes, already in dependency order
     */
    public String render(String title, String source, Collection<VersionRequirement> requirements,
                         List<Change> ordered) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- pgcraft migration ").append(title).append('\n');
        sql.append("-- Generated from ").append(source)
                .append(" by pgcraft:generate. Do not edit: change the model and generate again.\n");
        for (VersionRequirement requirement : requirements) {
            sql.append(MIN_POSTGRESQL_DIRECTIVE).append(requirement.major()).append(' ')
                    .append(requirement.reason()).append('\n');
        }
        for (Change change : ordered) {
            sql.append('\n').append(changes.render(change)).append('\n');
        }
        return sql.toString();
    }
}
