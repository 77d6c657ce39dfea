package dev.pgcraft.load;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;

/**
 * A piece of SQL the user wrote in {@code pgcraft.xml} that generated SQL carries verbatim: a check's expression, a
 * default, an index expression or predicate, a ledger's minimum balance, an event's query.
 *
 * @param text     the SQL as written
 * @param location the start tag of the element that holds it
 * @param what     what it is, for messages: {@code expression of check "price_positive" in dim.products}
 * @param names    names that statements built from it mention (its dimension, column, check): what tells two
 *                 fragments of the same text apart
 */
public record ModelFragment(String text, SourceLocation location, String what, List<String> names) {

    public ModelFragment {
        names = List.copyOf(names);
    }
}
