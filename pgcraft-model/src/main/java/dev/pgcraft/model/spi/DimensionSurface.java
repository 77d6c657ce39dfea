package dev.pgcraft.model.spi;

import dev.pgcraft.model.schema.ObjectId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What users see of one built dimension, whatever its kind: the relation they read and write, its columns, its key,
 * which statements it takes, and what it references. This is the stable face an API layer (PostgREST), a report or
 * a view over several dimensions builds on; how a kind stores its rows stays behind it.
 *
 * @param kind       the kind's element name
 * @param schema     the dimension's schema
 * @param name       the dimension's name
 * @param relation   the table or view users read and write ({@code S.T} for every built-in kind)
 * @param columns    the relation's columns in order, generated ones included
 * @param key        the key column(s) identifying a row of the relation
 * @param verbs      the statements the relation takes
 * @param references the foreign keys of declared columns, in column order
 */
public record DimensionSurface(String kind, String schema, String name, ObjectId relation, List<SurfaceColumn> columns,
                               List<String> key, Set<Verb> verbs, List<Reference> references) {

    public DimensionSurface {
        Objects.requireNonNull(relation, "relation");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        verbs = Set.copyOf(verbs);
        references = List.copyOf(references);
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    /** Whether users may change rows (any verb but SELECT). */
    public boolean writable() {
        return verbs.stream().anyMatch(verb -> verb != Verb.SELECT);
    }

    public Optional<SurfaceColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** A statement kind. */
    public enum Verb { SELECT, INSERT, UPDATE, DELETE }

    /**
     * A column of the relation.
     *
     * @param name      its name
     * @param type      its canonical type
     * @param generated whether pgcraft (the kind or a plugin) generates it rather than the user declaring it
     */
    public record SurfaceColumn(String name, String type, boolean generated) {
    }

    /**
     * A declared foreign key.
     *
     * @param column    the referencing column of this dimension
     * @param dimension the referenced dimension, {@code schema.dimension}
     * @param target    what the foreign key points at (its table and key column)
     */
    public record Reference(String column, String dimension, ReferenceTarget target) {
    }
}
