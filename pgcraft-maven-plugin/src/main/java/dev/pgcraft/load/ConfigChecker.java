package dev.pgcraft.load;

import dev.pgcraft.model.problem.Suggestions;
import dev.pgcraft.model.sql.ColumnTypes;
import dev.pgcraft.model.config.CheckConfig;
import dev.pgcraft.model.config.ColumnConfig;
import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.Located;
import dev.pgcraft.model.config.PgcraftConfig;
import dev.pgcraft.model.config.SchemaCatalog;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.model.sql.SqlFragment;
import dev.pgcraft.model.sql.SqlLexer;
import dev.pgcraft.model.spi.DimensionKind;
import dev.pgcraft.resolve.Registry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code pgcraft.xml} that XML Schema cannot express: names unique where PostgreSQL needs them
 * unique, references that resolve, identifiers PostgreSQL would not truncate, columns pgcraft generates
 * itself, indexes on real columns, valid PostgreSQL types, names PostgreSQL would refuse (system columns,
 * {@code pg_} schemas), and SQL fragments (checks, defaults, index expressions) that are exactly one expression.
 * Every problem is collected, none stops the others, and each points at the element it is about.
 */
public final class ConfigChecker {

    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are truncated without an error. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    /** Every table has these columns already; CREATE TABLE refuses a column of the same name. */
    private static final Set<String> SYSTEM_COLUMNS = Set.of("xmin", "xmax", "cmin", "cmax", "ctid", "tableoid");

    private final List<Problem> problems = new ArrayList<>();
    private final Registry registry;

    private ConfigChecker(Registry registry) {
        this.registry = registry;
    }

    /** As {@link #check(PgcraftConfig, Registry)} with the built-in kinds. */
    public static List<Problem> check(PgcraftConfig config) {
        return check(config, Registry.builtin());
    }

    /**
     * Every problem in {@code config}, ordered by line and column; empty when there is none.
     *
     * @param registry the dimension kinds, whose own rules run after the ones every dimension gets
     */
    public static List<Problem> check(PgcraftConfig config, Registry registry) {
        ConfigChecker checker = new ConfigChecker(registry);
        checker.checkConfig(config);
        List<Problem> sorted = new ArrayList<>(checker.problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return sorted;
    }

    private void checkConfig(PgcraftConfig config) {
        // Every declared dimension as schema.dimension, in file order, so references can be resolved (and
        // misspellings suggested) whatever order the file declares them in.
        Set<String> dimensions = new LinkedHashSet<>();
        for (SchemaConfig schema : config.getSchemas()) {
            for (DimensionConfig dimension : schema.getDimensions()) {
                dimensions.add(schema.getName() + "." + dimension.getName());
            }
        }
        Map<String, Located> schemas = new LinkedHashMap<>();
        for (SchemaConfig schema : config.getSchemas()) {
            identifier(problems, "Schema name", schema.getName(), schema);
            reservedSchema(schema);
            unique(schemas, schema.getName(), schema, "PGC-CONFIG-DUPLICATE-SCHEMA",
                    "Schema \"" + schema.getName() + "\" is declared twice",
                    "Merge the two <schema name=\"" + schema.getName() + "\"> elements, or rename one.");
            checkSchema(schema, dimensions);
        }
    }

    private void checkSchema(SchemaConfig schema, Set<String> allDimensions) {
        Map<String, Located> dimensions = new LinkedHashMap<>();
        for (DimensionConfig dimension : schema.getDimensions()) {
            identifier(problems, "Dimension name", dimension.getName(), dimension);
            unique(dimensions, dimension.getName(), dimension, "PGC-CONFIG-DUPLICATE-DIMENSION",
                    "Dimension \"" + dimension.getName() + "\" is declared twice in schema \"" + schema.getName() + "\"",
                    "Rename one of them.");
        }
        for (DimensionConfig dimension : schema.getDimensions()) {
            Located other = dimensions.get(dimension.getPreviousName());
            if (other != null && other != dimension) {
                problems.add(Problem.at(where(dimension), "PGC-CONFIG-PREVIOUS-NAME-TAKEN",
                        "previousName \"" + dimension.getPreviousName() + "\" of dimension " + schema.getName() + "."
                                + dimension.getName() + " is the name of another dimension in schema \""
                                + schema.getName() + "\" (line " + where(other).line() + ").",
                        "A previousName must not be in use: remove it if the rename was already generated, or "
                                + "rename the other dimension."));
            }
        }
        // PostgreSQL index names share one namespace per schema, not per table.
        Map<String, Located> indexNames = new LinkedHashMap<>();
        for (DimensionConfig dimension : schema.getDimensions()) {
            checkDimension(schema.getName() + "." + dimension.getName(), dimension, allDimensions, indexNames,
                    schema.getName());
        }
        ViewChecker.check(schema, problems);
    }

    private void checkDimension(String qualified, DimensionConfig dimension, Set<String> allDimensions,
                                Map<String, Located> indexNames, String schema) {
        DimensionKind kind = registry.kind(dimension.kindNamespace(), dimension.kind(), dimension.getLocation());
        Map<String, String> generated = kind.generatedColumns();
        Map<String, String> reserved = new LinkedHashMap<>(generated);
        reserved.putAll(kind.internalColumns(String.valueOf(dimension.getName())));
        Map<String, Located> columns = new LinkedHashMap<>();
        for (ColumnConfig column : dimension.getColumns()) {
            identifier(problems, "Column name", column.getName(), column);
            if (column.getName() != null && SYSTEM_COLUMNS.contains(column.getName().toLowerCase(Locale.ROOT))) {
                problems.add(Problem.at(where(column), "PGC-CONFIG-SYSTEM-COLUMN",
                        "Column \"" + column.getName() + "\" of " + qualified + " is named like a PostgreSQL system "
                                + "column (" + String.join(", ", SYSTEM_COLUMNS.stream().sorted().toList())
                                + "), which every table already has; the migration could never apply.",
                        "Give the column another name, e.g. \"" + column.getName() + "_value\"."));
            }
            fragment(problems, "default of column \"" + column.getName() + "\" in " + qualified, column.getDefault(),
                    SqlFragment.Shape.EXPRESSION, column);
            unique(columns, column.getName(), column, "PGC-CONFIG-DUPLICATE-COLUMN",
                    "Column \"" + column.getName() + "\" is declared twice in " + qualified,
                    "Remove or rename one of them.");
            String purpose = reserved.get(column.getName());
            if (purpose != null) {
                problems.add(Problem.at(where(column), "PGC-CONFIG-RESERVED-COLUMN",
                        "Column \"" + column.getName() + "\" is generated by pgcraft in <" + kindAsWritten(dimension)
                                + "> dimensions (" + purpose + "), so it cannot be declared.",
                        "Remove the column or give it another name."));
            }
            type(column);
            reference(column, allDimensions);
        }
        Set<String> allColumns = new LinkedHashSet<>(columns.keySet());
        allColumns.addAll(generated.keySet());
        for (ColumnConfig column : dimension.getColumns()) {
            defaultReadsNoColumn(qualified, column, allColumns);
            Located other = columns.get(column.getPreviousName());
            if (other != null && other != column) {
                problems.add(Problem.at(where(column), "PGC-CONFIG-PREVIOUS-NAME-TAKEN",
                        "previousName \"" + column.getPreviousName() + "\" of column \"" + column.getName() + "\" is "
                                + "the name of another column of " + qualified + " (line " + where(other).line() + ").",
                        "A previousName must not be in use: remove it if the rename was already generated, or "
                                + "rename the other column."));
            }
        }
        Map<String, Located> checks = new LinkedHashMap<>();
        for (CheckConfig check : dimension.getChecks()) {
            identifier(problems, "Check name", check.getName(), check);
            fragment(problems, "expression of check \"" + check.getName() + "\" in " + qualified,
                    check.getExpression(), SqlFragment.Shape.EXPRESSION, check);
            unique(checks, check.getName(), check, "PGC-CONFIG-DUPLICATE-CHECK",
                    "Check \"" + check.getName() + "\" is declared twice in " + qualified,
                    "Remove or rename one of them.");
        }
        Set<String> indexable = new LinkedHashSet<>(generated.keySet());
        indexable.addAll(columns.keySet());
        for (IndexConfig index : dimension.getIndexes()) {
            if (index.getName() != null) {
                identifier(problems, "Index name", index.getName(), index);
                unique(indexNames, index.getName(), index, "PGC-CONFIG-DUPLICATE-INDEX",
                        "Index \"" + index.getName() + "\" is declared twice in schema \"" + schema
                                + "\" (PostgreSQL index names are unique per schema)",
                        "Rename one of them.");
            }
            index(qualified, index, indexable);
            if (index.getExpression() != null && !index.getExpression().isBlank()) {
                fragment(problems, "expression of an <index> in " + qualified, index.getExpression(),
                        SqlFragment.Shape.EXPRESSION, index);
            }
            fragment(problems, "where of an <index> in " + qualified, index.getWhere(), SqlFragment.Shape.EXPRESSION,
                    index);
        }
        kind.check(ModelSpecs.dimension(schema, dimension, registry), problems);
    }

    /** {@code ledger}, or {@code acme:bag} for a third-party kind, as the file writes it. */
    private static String kindAsWritten(DimensionConfig dimension) {
        return SchemaCatalog.CORE_NAMESPACE.equals(dimension.kindNamespace()) ? dimension.kind()
                : dimension.kindElement().qualifiedName();
    }

    private void index(String qualified, IndexConfig index, Set<String> indexable) {
        boolean hasColumns = !index.getColumns().isEmpty();
        boolean hasExpression = index.getExpression() != null && !index.getExpression().isBlank();
        if (hasColumns == hasExpression) {
            problems.add(Problem.at(where(index), "PGC-CONFIG-INDEX-TARGET",
                    "<index> in " + qualified + " has " + (hasColumns ? "both columns and expression" : "neither "
                            + "columns nor expression") + "; it needs exactly one.",
                    hasColumns ? "Keep columns for an index on columns, or expression for an expression index."
                            : "Add columns=\"…\" or expression=\"…\"."));
        }
        for (String column : index.getColumns()) {
            if (column.isEmpty()) {
                problems.add(Problem.at(where(index), "PGC-CONFIG-INDEX-COLUMN",
                        "The columns of an <index> in " + qualified + " contain an empty name.",
                        "Remove the extra comma."));
            } else if (!indexable.contains(column)) {
                problems.add(Problem.at(where(index), "PGC-CONFIG-INDEX-COLUMN",
                        "Index column \"" + column + "\" is not a column of " + qualified + ".",
                        Suggestions.closest(column, indexable).map(s -> "Did you mean " + s + "?")
                                .orElse("Use one of: " + String.join(", ", indexable) + ".")));
            }
        }
    }

    private void type(ColumnConfig column) {
        try {
            ColumnTypes.canonical(column.getType());
        } catch (ColumnTypes.InvalidTypeException e) {
            problems.add(Problem.at(where(column), "PGC-CONFIG-BAD-TYPE",
                    "Invalid type \"" + column.getType() + "\" for column \"" + column.getName() + "\": "
                            + e.getMessage() + ".",
                    e.fix()));
        }
    }

    private void reference(ColumnConfig column, Set<String> dimensions) {
        String target = column.getReferences();
        if (target == null) {
            return;
        }
        String[] parts = target.split("\\.", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            String sameName = dimensions.stream().filter(d -> d.endsWith("." + target)).findFirst().orElse(null);
            problems.add(Problem.at(where(column), "PGC-CONFIG-BAD-REFERENCE",
                    "references=\"" + target + "\" on column \"" + column.getName() + "\" is not of the form "
                            + "schema.dimension.",
                    sameName != null ? "Write references=\"" + sameName + "\"."
                            : "Write the schema and the dimension, e.g. references=\"dim.categories\"."));
        } else if (!dimensions.contains(target)) {
            problems.add(Problem.at(where(column), "PGC-CONFIG-UNKNOWN-REFERENCE",
                    "references=\"" + target + "\" on column \"" + column.getName() + "\" names no declared "
                            + "dimension.",
                    Suggestions.closest(target, dimensions).map(s -> "Did you mean " + s + "?")
                            .orElse("Declare that dimension, or correct the name.")));
        }
    }

    /**
     * PostgreSQL refuses a DEFAULT that names a column ("cannot use column reference in DEFAULT expression"), but
     * only when the migration runs; a word of the default that is one of the dimension's columns, and not a
     * function's name or a qualified or cast-to name, is such a reference.
     */
    private void defaultReadsNoColumn(String qualified, ColumnConfig column, Set<String> columnNames) {
        String sql = column.getDefault();
        if (sql == null || SqlFragment.check(sql, SqlFragment.Shape.EXPRESSION).isPresent()) {
            return;
        }
        List<SqlLexer.Token> tokens = SqlLexer.tokens(sql);
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token token = tokens.get(i);
            String name = switch (token.kind()) {
                case WORD -> token.text(sql).toLowerCase(Locale.ROOT);
                case QUOTED_IDENTIFIER -> token.text(sql).substring(1, token.text(sql).length() - 1).replace("\"\"", "\"");
                default -> null;
            };
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(sql, '(');
            boolean qualifiedOrCast = i > 0 && (tokens.get(i - 1).isSymbol(sql, '.') || tokens.get(i - 1).isSymbol(sql, ':'));
            if (name != null && columnNames.contains(name) && !call && !qualifiedOrCast) {
                problems.add(Problem.at(where(column), "PGC-CONFIG-SQL-FRAGMENT",
                        "The default of column \"" + column.getName() + "\" in " + qualified + " reads column \"" + name
                                + "\" (character " + (token.start() + 1) + "); PostgreSQL allows no column in a default.",
                        "Use a constant or a function call, or fill the column from the other one in a trigger or "
                                + "a generated column."));
                return;
            }
        }
    }

    /**
     * PostgreSQL reserves schema names starting with {@code pg_} (CREATE SCHEMA refuses them), and
     * {@code information_schema} exists already: CREATE SCHEMA IF NOT EXISTS would put the model's tables into it.
     */
    private void reservedSchema(SchemaConfig schema) {
        String name = schema.getName() == null ? "" : schema.getName().toLowerCase(Locale.ROOT);
        if (name.startsWith("pg_") || name.equals("information_schema")) {
            problems.add(Problem.at(where(schema), "PGC-CONFIG-RESERVED-SCHEMA",
                    "Schema name \"" + schema.getName() + "\" is reserved by PostgreSQL ("
                            + (name.startsWith("pg_") ? "names starting with pg_ are for system schemas"
                            : "it is the SQL standard's catalog schema") + ").",
                    "Choose another name, e.g. \"" + (name.startsWith("pg_") ? schema.getName().substring(3)
                            : "info") + "\"."));
        }
    }

    /**
     * A SQL fragment from the file must be exactly one expression (or query): anything else could end the statement
     * pgcraft puts it in and run statements nobody modelled, in a SECURITY DEFINER function with its owner's rights.
     */
    public static void fragment(List<Problem> problems, String what, String sql, SqlFragment.Shape shape, Located element) {
        fragment(problems, what, sql, shape, where(element));
    }

    /** As {@link #fragment(List, String, String, SqlFragment.Shape, Located)}, at {@code where}. */
    public static void fragment(List<Problem> problems, String what, String sql, SqlFragment.Shape shape,
                                SourceLocation where) {
        if (sql == null) {
            return;
        }
        SqlFragment.check(sql, shape).ifPresent(defect -> problems.add(Problem.at(where,
                "PGC-CONFIG-SQL-FRAGMENT", "The " + what + " " + defect.message() + ": it must be exactly one "
                        + (shape == SqlFragment.Shape.QUERY ? "query" : "expression") + ".", defect.fix())));
    }

    public static void identifier(List<Problem> problems, String what, String name, Located element) {
        identifier(problems, what, name, where(element));
    }

    /** As {@link #identifier(List, String, String, Located)}, at {@code where}. */
    public static void identifier(List<Problem> problems, String what, String name, SourceLocation where) {
        int bytes = name == null ? 0 : name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_IDENTIFIER_BYTES) {
            problems.add(Problem.at(where, "PGC-CONFIG-IDENTIFIER-TOO-LONG",
                    what + " \"" + name + "\" is " + bytes + " bytes long in UTF-8; PostgreSQL allows at most "
                            + MAX_IDENTIFIER_BYTES + " bytes and would silently truncate it.",
                    "Shorten it to " + MAX_IDENTIFIER_BYTES + " bytes or fewer."));
        }
    }

    /** Records {@code element} under {@code name}, or reports it as a duplicate of the first one. */
    private void unique(Map<String, Located> seen, String name, Located element, String code, String message,
                        String fix) {
        Located first = seen.putIfAbsent(name, element);
        if (first != null) {
            problems.add(Problem.at(where(element), code,
                    message + "; first declared at line " + where(first).line() + ".", fix));
        }
    }

    /** The element's location; elements built in code rather than read have none. */
    public static SourceLocation where(Located element) {
        return element.getLocation() != null ? element.getLocation() : SourceLocation.of("pgcraft.xml");
    }
}
