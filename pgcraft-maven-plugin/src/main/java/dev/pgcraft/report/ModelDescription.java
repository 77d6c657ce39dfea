package dev.pgcraft.report;

import dev.pgcraft.model.schema.ObjectId;

import java.util.List;
import java.util.Optional;

/**
 * The model as the report and the diagrams show it: the file's vocabulary (dimensions, columns as written) plus the
 * objects pgcraft generates for each dimension. Everything is in document order, so output built from it is as
 * stable as the file.
 *
 * @param source  how the model file is named to the reader (relative to the project)
 * @param schemas the schemas in document order
 */
public record ModelDescription(String source, List<Schema> schemas) {

    public ModelDescription {
        schemas = List.copyOf(schemas);
    }

    /** The dimension {@code schema.name}, if the model has it. */
    public Optional<Dimension> dimension(String qualifiedName) {
        return schemas.stream().flatMap(schema -> schema.dimensions().stream())
                .filter(dimension -> dimension.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /** A schema and its dimensions. */
    public record Schema(String name, List<Dimension> dimensions) {

        public Schema {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * One dimension.
     *
     * @param kind      its element name: simple, appendOnly, eav, ledger
     * @param comment   its comment, or null
     * @param key       the column a reference to it lands on, e.g. {@code id}
     * @param keyType   that column's type
     * @param columns   the user's columns
     * @param checks    each check as {@code name: expression}
     * @param indexes   each index in a few words
     * @param generated the objects pgcraft generates for it, in the order its plugins produced them
     */
    public record Dimension(String schema, String name, String kind, String comment, String key, String keyType,
                            List<Column> columns, List<String> checks, List<String> indexes,
                            List<ObjectId> generated) {

        public Dimension {
            columns = List.copyOf(columns);
            checks = List.copyOf(checks);
            indexes = List.copyOf(indexes);
            generated = List.copyOf(generated);
        }

        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    /**
     * A column as the user declared it.
     *
     * @param type         the type as written
     * @param defaultValue the DEFAULT expression, or null
     * @param comment      the comment, or null
     * @param references   the referenced dimension as {@code schema.name}, or null
     * @param onDelete     the ON DELETE action in SQL words, or null
     */
    public record Column(String name, String type, boolean nullable, String defaultValue, String comment,
                         boolean unique, String references, String onDelete) {
    }
}
