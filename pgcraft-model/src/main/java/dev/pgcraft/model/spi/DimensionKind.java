package dev.pgcraft.model.spi;

import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.spec.KindPart;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dimension kind ({@code simple}, {@code appendOnly}, {@code eav}, {@code ledger}): its default plugins, the
 * columns it generates, its own configuration checks and part of the spec, and what users see of it. Registered
 * through {@code META-INF/services/dev.pgcraft.model.spi.DimensionKind}; the engine names no kind.
 */
public interface DimensionKind {

    /** The XML element name. */
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
     * The rules of this kind that XML Schema cannot express, checked on the configuration as read (so every
     * problem has its position); add each to {@code problems}. Runs after the checks every dimension gets.
     *
     * @param qualified how messages name the dimension ({@code schema.dimension})
     */
    default void check(DimensionConfig dimension, String qualified, List<Problem> problems) {
    }

    /**
     * The SQL fragments of this kind's own elements (beyond column defaults, checks and index expressions, which
     * every dimension has), each with its position.
     */
    default void fragments(DimensionConfig dimension, String qualified, FragmentSink fragments) {
    }

    /** What this kind declares beyond columns, checks and indexes, read from its checked configuration. */
    default KindPart part(DimensionConfig dimension) {
        return KindPart.NONE;
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
