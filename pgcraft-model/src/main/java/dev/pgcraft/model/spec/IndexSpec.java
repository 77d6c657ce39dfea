package dev.pgcraft.model.spec;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A declared index, on columns or on one expression.
 *
 * @param name       the index name, or {@code null} when pgcraft derives one
 * @param columns    the indexed columns in order; empty for an expression index
 * @param expression the indexed expression, or {@code null}
 * @param unique     whether it is a unique index
 * @param using      the access method as written after {@code USING} ({@code btree}, {@code gin} …)
 * @param where      the partial-index predicate, or {@code null}
 * @param location   where it is declared
 */
public record IndexSpec(String name, List<String> columns, String expression, boolean unique, String using,
                        String where, SourceLocation location) {

    public IndexSpec {
        columns = List.copyOf(columns);
    }

    /** The same index with its column names mapped (a rename); expressions are the user's text and stay. */
    public IndexSpec withColumnNames(UnaryOperator<String> rename) {
        return new IndexSpec(name, columns.stream().map(rename).toList(), expression, unique, using, where, location);
    }
}
