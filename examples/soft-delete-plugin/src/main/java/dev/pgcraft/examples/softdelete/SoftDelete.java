package dev.pgcraft.examples.softdelete;

import dev.pgcraft.model.spec.PluginSpec;
import dev.pgcraft.model.spi.ContextKey;

/** The plugin's namespace, element names and the context keys its plugins exchange. */
public final class SoftDelete {

    /** The XML namespace of this jar's elements (its XSD's targetNamespace). */
    public static final String NAMESPACE = "urn:pgcraft:example:soft-delete:1";

    static final String SOFT_DELETE = "softDelete";
    static final String ARCHIVE = "archive";
    static final String PURGE = "purge";

    /** The singleton group of softDelete and archive: a row is soft-deleted or archived, not both. */
    static final String GROUP = "rowLifecycle";

    /** The soft-delete column's name, for plugins that build on it ({@code @Requires("softDelete")}). */
    public static final ContextKey<String> SOFT_DELETE_COLUMN = ContextKey.of(SOFT_DELETE, String.class);

    /** The archive column's name. */
    public static final ContextKey<String> ARCHIVE_COLUMN = ContextKey.of(ARCHIVE, String.class);

    private SoftDelete() {
    }

    /** Whether {@code spec} is this namespace's {@code element}. */
    static boolean is(PluginSpec spec, String element) {
        return NAMESPACE.equals(spec.namespace()) && element.equals(spec.element());
    }
}
