package dev.pgcraft.model.spi;

import dev.pgcraft.model.problem.SourceLocation;

import java.util.List;

/**
 * Where a {@link DimensionKind} lists the SQL fragments of its own elements (a ledger's {@code min}, its events'
 * queries), so that a server's complaint about a fragment can be reported at the line that wrote it.
 */
public interface FragmentSink {

    /**
     * @param text  the fragment as written (ignored when {@code null} or blank)
     * @param where where it is written
     * @param what  how messages name it, e.g. {@code min of <minBalance> in ops.journal}
     * @param names the names generated objects carry for it (the dimension's, the event's), to find it in SQL
     */
    void add(String text, SourceLocation where, String what, List<String> names);
}
