package dev.pgcraft.model.spi;

import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.DimensionSpec;
import dev.pgcraft.model.spec.KindPart;
import dev.pgcraft.model.spec.PluginSpec;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dimension kind ({@code simple}, {@code appendOnly}, {@code eav}, {@code ledger}, or a third party's such as
 * {@code <acme:keyValue>}): its default plugins, the columns it generates, its own configuration checks and part of
 * the spec, and what users see of it. Registered through
 * {@code META-INF/services/dev.pgcraft.model.spi.DimensionKind} and keyed by {@link #namespace()} and {@link #kind()};
 * the engine names no kind, and pgcraft's own four are registered the same way in the core namespace.
 *
 * <p>A kind of another namespace is an element of that namespace inside {@code <schema>}, whose XSD type extends
 * the core's {@code DimensionType}: the engine reads its {@code name}, {@code comment}, {@code previousName},
 * {@code <plugins>}, {@code <column>}, {@code <check>} and {@code <index>} like a core dimension's, checks them with
 * the same rules, and hands the kind the {@link DimensionSpec}, whose {@link DimensionSpec#element()} is the element
 * as written (the kind's own attributes and children, with their positions).
 */
public interface DimensionKind {

    /** The XML namespace of the element; pgcraft's own kinds are in {@value PluginSpec#CORE_NAMESPACE}. */
    default String namespace() {
        return PluginSpec.CORE_NAMESPACE;
    }

    /** The XML element name (local name, without prefix). */
    String kind();

    /** The plugins that build a dimension of this kind, before global and per-dimension replacements. */
    List<Plugin> defaultPlugins();

    /** Where {@code references="schema.name"} lands for a dimension of this kind. */
    ReferenceTarget referenceTarget(String schema, String name);

    /**
     * Column names the kind generates in what users read and write → what each is, for the message that refuses a
     * declared column of that name. Users may index these.
     */
    Map<String, String> generatedColumns();

    /**
     * Names the kind uses in the objects behind dimension {@code name} (a version log, a history view) → what each
     * is: users can neither declare nor index them.
     */
    default Map<String, String> internalColumns(String name) {
        return Map.of();
    }

    /**
     * What this kind declares beyond columns, checks and indexes, read from {@code dimension.element()} (the
     * dimension's part is still {@link KindPart#NONE} here). It is also read before {@link #check} to check it, so
     * it must not fail on a file with mistakes: keep what is written (a type that is no type, a name that is no
     * column) for {@link #check} to report.
     */
    default KindPart part(DimensionSpec dimension) {
        return KindPart.NONE;
    }

    /**
     * The rules of this kind that XML Schema cannot express (so every problem has its position: the dimension's,
     * its columns', or those of its element's children); add each to {@code problems}. Runs after the checks every
     * dimension gets, on a spec with its {@link #part}; a column type may be invalid (already reported) and stays
     * as written then.
     */
    default void check(DimensionSpec dimension, List<Problem> problems) {
    }

    /**
     * The SQL fragments of this kind's own elements (beyond column defaults, checks and index expressions, which
     * every dimension has), each with its position.
     */
    default void fragments(DimensionSpec dimension, FragmentSink fragments) {
    }

    /**
     * The relation users read and write: the table of a simple or ledger dimension, the view of one written
     * through a view. Its columns are part of the dimension's {@link DimensionSurface}.
     */
    ObjectId relation(String schema, String name);

    /** The statements users may run on {@link #relation}: what an API layer exposes; all of them by default. */
    default Set<DimensionSurface.Verb> verbs() {
        return EnumSet.allOf(DimensionSurface.Verb.class);
    }
}
