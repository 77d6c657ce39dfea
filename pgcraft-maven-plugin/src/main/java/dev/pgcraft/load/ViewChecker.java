package dev.pgcraft.load;

import dev.pgcraft.model.config.DimensionConfig;
import dev.pgcraft.model.config.IndexConfig;
import dev.pgcraft.model.config.Located;
import dev.pgcraft.model.config.MaterializedViewConfig;
import dev.pgcraft.model.config.RefreshMode;
import dev.pgcraft.model.config.SchemaConfig;
import dev.pgcraft.model.config.ViewColumnConfig;
import dev.pgcraft.model.config.ViewConfig;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.sql.SqlFragment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@code <view>} and {@code <materializedView>} that XML Schema cannot express: names unique in their
 * schema among views and dimensions, a query that is exactly one query, column comments and indexes named once,
 * and {@code refresh="concurrently"} only with the unique index PostgreSQL needs for it. Whether the query is valid
 * SQL over the model is PostgreSQL's to say, at generate ({@code dev.pgcraft.prove.ViewShapes}).
 */
final class ViewChecker {

    private ViewChecker() {
    }

    static void check(SchemaConfig schema, List<Problem> problems) {
        Map<String, Located> names = new LinkedHashMap<>();
        for (DimensionConfig dimension : schema.getDimensions()) {
            names.putIfAbsent(dimension.getName(), dimension);
        }
        for (ViewConfig view : schema.getViews()) {
            String qualified = schema.getName() + "." + view.getName();
            String element = view.isMaterialized() ? "materializedView" : "view";
            ConfigChecker.identifier(problems, "View name", view.getName(), view);
            Located first = names.putIfAbsent(view.getName(), view);
            if (first != null) {
                String other = first instanceof DimensionConfig ? "a dimension" : "another view";
                problems.add(Problem.at(ConfigChecker.where(view), "PGC-VIEW-DUPLICATE",
                        "<" + element + " name=\"" + view.getName() + "\"> in schema \"" + schema.getName()
                                + "\" has the name of " + other + " (line " + ConfigChecker.where(first).line()
                                + "); PostgreSQL keeps tables and views in one namespace per schema.",
                        "Rename one of them."));
            }
            query(qualified, view, problems);
            Map<String, Located> columns = new LinkedHashMap<>();
            for (ViewColumnConfig column : view.getColumns()) {
                ConfigChecker.identifier(problems, "Column name", column.getName(), column);
                Located again = columns.putIfAbsent(column.getName(), column);
                if (again != null) {
                    problems.add(Problem.at(ConfigChecker.where(column), "PGC-VIEW-DUPLICATE-COLUMN",
                            "Column \"" + column.getName() + "\" of view " + qualified + " is commented twice; first at "
                                    + "line " + ConfigChecker.where(again).line() + ".",
                            "Keep one <column name=\"" + column.getName() + "\">."));
                }
            }
            if (view instanceof MaterializedViewConfig materialized) {
                indexes(qualified, materialized, problems);
            }
        }
        for (ViewConfig view : schema.getViews()) {
            Located other = names.get(view.getPreviousName());
            if (other != null && other != view) {
                problems.add(Problem.at(ConfigChecker.where(view), "PGC-CONFIG-PREVIOUS-NAME-TAKEN",
                        "previousName \"" + view.getPreviousName() + "\" of view " + schema.getName() + "."
                                + view.getName() + " is the name of " + (other instanceof DimensionConfig
                                ? "a dimension" : "another view") + " in schema \"" + schema.getName() + "\" (line "
                                + ConfigChecker.where(other).line() + ").",
                        "A previousName must not be in use: remove it if the rename was already generated, or "
                                + "rename the other one."));
            }
        }
    }

    private static void query(String qualified, ViewConfig view, List<Problem> problems) {
        Located where = view.getQuery() != null ? view.getQuery() : view;
        String text = view.getQuery() == null ? null : view.getQuery().getText();
        SqlFragment.check(text, SqlFragment.Shape.QUERY).ifPresent(defect -> problems.add(Problem.at(
                ConfigChecker.where(where), "PGC-VIEW-QUERY",
                "The query of view " + qualified + " " + defect.message() + ": it must be exactly one query.",
                defect.fix())));
    }

    private static void indexes(String qualified, MaterializedViewConfig view, List<Problem> problems) {
        boolean plainUnique = false;
        for (IndexConfig index : view.getIndexes()) {
            if (index.getName() != null) {
                ConfigChecker.identifier(problems, "Index name", index.getName(), index);
            }
            boolean hasColumns = !index.getColumns().isEmpty();
            boolean hasExpression = index.getExpression() != null && !index.getExpression().isBlank();
            if (hasColumns == hasExpression) {
                problems.add(Problem.at(ConfigChecker.where(index), "PGC-VIEW-INDEX-TARGET",
                        "<index> of materialized view " + qualified + " has " + (hasColumns ? "both columns and "
                                + "expression" : "neither columns nor expression") + "; it needs exactly one.",
                        "Index output columns of the query (columns=\"…\") or one expression over them."));
            }
            if (index.getColumns().contains("")) {
                problems.add(Problem.at(ConfigChecker.where(index), "PGC-VIEW-INDEX-TARGET",
                        "The columns of an <index> of materialized view " + qualified + " contain an empty name.",
                        "Remove the extra comma."));
            }
            if (hasExpression) {
                ConfigChecker.fragment(problems, "expression of an <index> of " + qualified, index.getExpression(),
                        SqlFragment.Shape.EXPRESSION, index);
            }
            ConfigChecker.fragment(problems, "where of an <index> of " + qualified, index.getWhere(),
                    SqlFragment.Shape.EXPRESSION, index);
            plainUnique |= index.isUnique() && hasColumns && !hasExpression && index.getWhere() == null;
        }
        if (view.getRefresh() == RefreshMode.CONCURRENTLY && !plainUnique) {
            problems.add(Problem.at(ConfigChecker.where(view), "PGC-VIEW-CONCURRENTLY-NEEDS-UNIQUE",
                    "Materialized view " + qualified + " has refresh=\"concurrently\" but no unique index on plain "
                            + "columns (without expression and where); PostgreSQL refuses REFRESH MATERIALIZED VIEW "
                            + "CONCURRENTLY without one.",
                    "Add <index columns=\"…\" unique=\"true\"/> on columns that identify a row, or use "
                            + "refresh=\"afterMigrate\"."));
        }
    }
}
