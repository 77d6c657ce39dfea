package dev.pgcraft.drift;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which schemas {@code drift} compares: always those the applied migrations own (they made the schema, or made
 * objects in it), plus the {@code extra} ones asked for, or every schema that is not PostgreSQL's own.
 *
 * @param all   compare every non-system schema of both databases
 * @param extra schemas to compare besides the owned ones (names as they are, unquoted)
 */
public record SchemaScope(boolean all, Set<String> extra) {

    /** The value of {@code pgcraft.driftSchemas} that asks for every schema. */
    public static final String ALL = "*";

    /** Only the schemas the applied migrations own. */
    public static final SchemaScope OWNED = new SchemaScope(false, Set.of());

    public SchemaScope {
        extra = Set.copyOf(new TreeSet<>(extra));
    }

    /**
     * Parses {@code pgcraft.driftSchemas}: empty for the owned schemas only, {@value #ALL} for all, or a comma-
     * separated list of further schemas.
     */
    public static SchemaScope parse(String text) {
        if (text == null || text.isBlank()) {
            return OWNED;
        }
        Set<String> names = new TreeSet<>();
        Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty()).forEach(names::add);
        return names.contains(ALL) ? new SchemaScope(true, Set.of()) : new SchemaScope(false, names);
    }
}
