package dev.pgcraft.resolve;

import dev.pgcraft.model.spi.Plugin;
import dev.pgcraft.model.spi.ReferenceTarget;

import java.util.List;
import java.util.Set;

/**
 * What a dimension kind ({@code simple}, later {@code appendOnly}, {@code eav}, {@code ledger}) is made of: its
 * default plugins, what a foreign key to it points at, and the column names it generates itself.
 */
public interface DimensionType {

    /** The XML element name. */
    String kind();

    /** The plugins that build a dimension of this kind, before global and per-dimension replacements. */
    List<Plugin> defaultPlugins();

    /** Where {@code references="schema.name"} lands for a dimension of this kind. */
    ReferenceTarget referenceTarget(String schema, String name);

    /** Column names the kind generates, so users cannot declare them. */
    Set<String> generatedColumns();
}
