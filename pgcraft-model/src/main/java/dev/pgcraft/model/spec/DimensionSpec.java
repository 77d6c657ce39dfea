package dev.pgcraft.model.spec;

import dev.pgcraft.model.config.ExtensionElement;
import dev.pgcraft.model.problem.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One dimension as the model declares it, after checks and transforms.
 *
 * @param kind     the kind's element name ({@code simple}, {@code appendOnly}, {@code eav}, {@code ledger} …)
 * @param schema   the schema it is declared in
 * @param name     its name
 * @param comment  the table or view comment, or {@code null}
 * @param columns  its columns in order (declared, then any a model transform added)
 * @param checks   its checks in order
 * @param indexes  its indexes in order
 * @param plugins  its own {@code <plugins>} elements in document order
 * @param excludes its {@code <exclude>}s of global plugins
 * @param part       what its kind declares beyond the above ({@link KindPart#NONE} for none)
 * @param extensions elements of other namespaces at its end (an extension's settings for it), in document order
 * @param location   where it is declared
 * @param element    the dimension's element as written, with its kind's own attributes and children and their
 *                   positions (what {@link dev.pgcraft.model.spi.DimensionKind} reads), or {@code null} for a
 *                   dimension built in code, whose kind is then a core one
 */
public record DimensionSpec(String kind, String schema, String name, String comment, List<ColumnSpec> columns,
                            List<CheckSpec> checks, List<IndexSpec> indexes, List<PluginSpec> plugins,
                            List<ExcludeSpec> excludes, KindPart part, List<ExtensionElement> extensions,
                            SourceLocation location, ExtensionElement element) {

    /** A dimension of a core kind built in code, without its element. */
    public DimensionSpec(String kind, String schema, String name, String comment, List<ColumnSpec> columns,
                         List<CheckSpec> checks, List<IndexSpec> indexes, List<PluginSpec> plugins,
                         List<ExcludeSpec> excludes, KindPart part, List<ExtensionElement> extensions,
                         SourceLocation location) {
        this(kind, schema, name, comment, columns, checks, indexes, plugins, excludes, part, extensions, location,
                null);
    }

    public DimensionSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        checks = List.copyOf(checks);
        indexes = List.copyOf(indexes);
        plugins = List.copyOf(plugins);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(part, "part");
        extensions = List.copyOf(extensions);
    }

    /** The namespace of the kind's element: {@value PluginSpec#CORE_NAMESPACE}, or a third-party kind's. */
    public String kindNamespace() {
        return element == null ? PluginSpec.CORE_NAMESPACE : element.namespace();
    }

    /** The kind as the file writes it: {@code ledger}, or {@code acme:keyValue} for a third-party kind. */
    public String kindDisplayName() {
        return element == null || PluginSpec.CORE_NAMESPACE.equals(element.namespace()) ? kind
                : element.qualifiedName();
    }

    /** {@code schema.name}, as {@code references} and messages write it. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    /** The column of that name. */
    public Optional<ColumnSpec> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    /**
     * The kind's own part as {@code type}.
     *
     * @throws IllegalStateException when this dimension's part is of another type (a plugin of another kind)
     */
    public <T extends KindPart> T part(Class<T> type) {
        if (!type.isInstance(part)) {
            throw new IllegalStateException(kind + " dimension " + qualifiedName() + " has no " + type.getSimpleName());
        }
        return type.cast(part);
    }

    /** The same dimension under another name. */
    public DimensionSpec withName(String newName) {
        return new DimensionSpec(kind, schema, newName, comment, columns, checks, indexes, plugins, excludes, part,
                extensions, location, element);
    }

    /** The same dimension with its kind's part (what the spec stage sets from {@code DimensionKind.part}). */
    public DimensionSpec withPart(KindPart newPart) {
        return new DimensionSpec(kind, schema, name, comment, columns, checks, indexes, plugins, excludes, newPart,
                extensions, location, element);
    }

    /** The same dimension with other columns (what a model transform returns). */
    public DimensionSpec withColumns(List<ColumnSpec> newColumns) {
        return new DimensionSpec(kind, schema, name, comment, newColumns, checks, indexes, plugins, excludes, part,
                extensions, location, element);
    }

    /** The same dimension with {@code column} added after its columns. */
    public DimensionSpec withColumn(ColumnSpec column) {
        List<ColumnSpec> more = new ArrayList<>(columns);
        more.add(column);
        return withColumns(more);
    }

    /** The same dimension with other indexes. */
    public DimensionSpec withIndexes(List<IndexSpec> newIndexes) {
        return new DimensionSpec(kind, schema, name, comment, columns, checks, newIndexes, plugins, excludes, part,
                extensions, location, element);
    }

    /**
     * Every column name mapped through {@code rename}, wherever this dimension mentions one: its columns, index
     * columns and its kind's part. Check and index expressions are the user's SQL and stay as written.
     */
    public DimensionSpec withColumnNames(UnaryOperator<String> rename) {
        return new DimensionSpec(kind, schema, name, comment,
                columns.stream().map(column -> column.withName(rename.apply(column.name()))).toList(), checks,
                indexes.stream().map(index -> index.withColumnNames(rename)).toList(), plugins, excludes,
                part.withColumnNames(rename), extensions, location, element);
    }
}
