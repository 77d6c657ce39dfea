package dev.pgcraft.snapshot;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.ConstraintType;
import dev.pgcraft.model.schema.DataKey;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ForeignKeyAction;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.Policy;
import dev.pgcraft.model.schema.Role;
import dev.pgcraft.model.schema.Revocation;
import dev.pgcraft.model.schema.RowSecurity;
import dev.pgcraft.model.schema.Schema;
import dev.pgcraft.model.schema.SqlFunction;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.Trigger;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the objects {@link ObjectLines} writes: the first key of each names its kind, absent fields take the defaults
 * that class leaves out, and anything else (an unknown kind or field, a value of the wrong type) is a
 * {@link Fields.Misfit} at the object it is in.
 */
final class ObjectLineReader {

    private static final List<String> KINDS = List.of("schema", "role", "table", "constraint", "index", "view",
            "sqlFunction", "trigger", "grant", "revocation", "comment", "rowSecurity", "policy", "dataKey");

    private ObjectLineReader() {
    }

    /**
     * @param schema the schema whose list {@code json} is in ({@code null} for cluster-wide objects: roles, and
     *               anything whose id names no schema, such as a comment on a role)
     */
    static DbObject read(Object json, String schema) {
        Fields f = new Fields(json, "an object");
        Map<?, ?> map = f.map();
        Object first = map.isEmpty() ? null : map.keySet().iterator().next();
        if (!KINDS.contains(first)) {
            throw f.misfit("the first key must be the object's kind, one of " + KINDS + ", but is "
                    + (first == null ? "missing" : "'" + first + "'"));
        }
        String kind = (String) first;
        f = new Fields(json, kind + " " + head(map.get(kind)));
        DbObject object = switch (kind) {
            case "schema" -> new Schema(f.string("schema"));
            case "role" -> new Role(f.string("role"), f.flag("login", false), f.strings("memberOf"),
                    f.flag("noInherit", false));
            case "table" -> table(f, schema);
            case "constraint" -> constraint(f, schema);
            case "index" -> index(f, schema);
            case "view" -> new View(schema, f.string("view"), f.string("query"), f.flag("materialized", false),
                    ids(f, "reads", schema), viewColumns(f), f.optionalString("options"),
                    f.optionalString("refresh"));
            case "sqlFunction" -> function(f, schema);
            case "trigger" -> trigger(f, schema);
            case "grant" -> new Grant(id(f, "grant", schema), f.string("role"), f.strings("privileges"));
            case "revocation" -> new Revocation(id(f, "revocation", schema), f.strings("privileges"));
            case "comment" -> new Comment(id(f, "comment", schema), f.optionalString("column"), f.string("text"),
                    f.flag("onMaterializedView", false));
            case "rowSecurity" -> new RowSecurity(id(f, "rowSecurity", schema), f.flag("force", false));
            case "policy" -> new Policy(id(f, "policy", schema), f.string("name"), f.string("command"),
                    f.strings("roles"), f.optionalString("using"), f.optionalString("withCheck"),
                    ids(f, "uses", schema));
            default -> dataKey(f, schema);
        };
        f.done();
        return object;
    }

    /** How messages name the object: its kind's key as written, {@code ["d0500", "pk__d0500__id"]}. */
    private static String head(Object value) {
        if (value instanceof List<?> list && list.size() <= 4) {
            StringBuilder out = new StringBuilder();
            Json.inline(list, out);
            return out.toString();
        }
        return Json.describe(value);
    }

    private static Table table(Fields f, String schema) {
        String name = f.string("table");
        Table.InitialRows rows = null;
        if (f.has("initialRows")) {
            Fields r = new Fields(f.raw("initialRows"), "the initial rows of table " + name);
            rows = new Table.InitialRows(id(r, "source", schema), r.string("query"));
            r.done();
        }
        List<Column> columns = new ArrayList<>();
        for (Object column : f.list("columns")) {
            columns.add(column(column, name));
        }
        return new Table(schema, name, columns, rows);
    }

    /** The inverse of {@link ObjectLines#column}: name, type, then the attributes in that order. */
    private static Column column(Object json, String table) {
        if (!(json instanceof List<?> parts) || parts.size() < 2 || !(parts.get(0) instanceof String name)
                || !(parts.get(1) instanceof String type)) {
            throw new Fields.Misfit(json, "a column of table " + table + " must be [name, type, attributes…] but is "
                    + Json.describe(json));
        }
        boolean nullable = true;
        String defaultValue = null;
        Identity identity = Identity.NONE;
        int i = 2;
        if (i < parts.size() && ObjectLines.NOT_NULL.equals(parts.get(i))) {
            nullable = false;
            i++;
        }
        if (i < parts.size() && ObjectLines.DEFAULT.equals(parts.get(i))) {
            if (i + 1 >= parts.size() || !(parts.get(i + 1) instanceof String expression)) {
                throw new Fields.Misfit(json, "column " + name + " of table " + table
                        + ": DEFAULT must be followed by its expression (a string)");
            }
            defaultValue = expression;
            i += 2;
        }
        if (i < parts.size() && ObjectLines.BY_DEFAULT.equals(parts.get(i))) {
            identity = Identity.BY_DEFAULT;
            i++;
        } else if (i < parts.size() && ObjectLines.ALWAYS.equals(parts.get(i))) {
            identity = Identity.ALWAYS;
            i++;
        }
        if (i < parts.size()) {
            throw new Fields.Misfit(json, "column " + name + " of table " + table + ": unexpected "
                    + Json.describe(parts.get(i)) + " (expected, in this order: \"" + ObjectLines.NOT_NULL + "\", \""
                    + ObjectLines.DEFAULT + "\" and its expression, \"" + ObjectLines.BY_DEFAULT + "\" or \""
                    + ObjectLines.ALWAYS + "\")");
        }
        return new Column(name, type, nullable, defaultValue, identity);
    }

    private static Constraint constraint(Fields f, String schema) {
        List<String> path = path(f, "constraint", 2);
        ConstraintType type = null;
        for (ConstraintType candidate : ConstraintType.values()) {
            if (f.has(ObjectLines.typeKey(candidate))) {
                if (type != null) {
                    throw f.misfit("both '" + ObjectLines.typeKey(type) + "' and '"
                            + ObjectLines.typeKey(candidate) + "': a constraint has one type");
                }
                type = candidate;
            }
        }
        if (type == null) {
            throw f.misfit("its type is missing (one of 'primaryKey', 'unique', 'foreignKey', 'check')");
        }
        List<String> columns;
        String check;
        if (type == ConstraintType.CHECK) {
            check = f.optionalString("check");
            columns = f.strings("columns");
        } else {
            columns = f.strings(ObjectLines.typeKey(type));
            check = f.optionalString("checkExpression");
        }
        ObjectId referenced = f.has("referencedTable") ? id(f, "referencedTable", schema) : null;
        String action = name(ObjectLines.defaultAction(type));
        return new Constraint(schema, path.get(0), path.get(1), type, columns, check, referenced,
                f.strings("referencedColumns"), action(f, "onDelete", action), action(f, "onUpdate", action),
                ids(f, "dependsOnIds", schema));
    }

    private static Index index(Fields f, String schema) {
        List<String> path = path(f, "index", 2);
        boolean unique = f.flag("unique", false);
        String method = f.stringOr("method", ObjectLines.DEFAULT_INDEX_METHOD);
        List<IndexKey> keys = new ArrayList<>();
        for (Object key : f.list("keys")) {
            if (key instanceof String column) {
                keys.add(IndexKey.column(column));
            } else {
                Fields k = new Fields(key, "a key of index " + path.get(1));
                keys.add(IndexKey.expression(k.string("expression")));
                k.done();
            }
        }
        return new Index(schema, path.get(0), path.get(1), unique, method, keys, f.optionalString("where"),
                f.flag("onView", false));
    }

    private static List<ViewColumn> viewColumns(Fields f) {
        List<ViewColumn> columns = new ArrayList<>();
        for (Object column : f.list("columns")) {
            if (!(column instanceof List<?> parts) || (parts.size() != 2 && parts.size() != 4)
                    || !(parts.get(0) instanceof String name) || !(parts.get(1) instanceof String type)
                    || (parts.size() == 4 && (!ObjectLines.DEFAULT.equals(parts.get(2))
                    || !(parts.get(3) instanceof String)))) {
                throw f.misfit("a column must be [name, type] or [name, type, \"" + ObjectLines.DEFAULT
                        + "\", expression] but is " + Json.describe(column));
            }
            columns.add(new ViewColumn(name, type, parts.size() == 4 ? (String) parts.get(3) : null));
        }
        return columns;
    }

    private static SqlFunction function(Fields f, String schema) {
        String name = f.string("sqlFunction");
        List<String> arguments = f.strings("arguments");
        List<String> argumentTypes = f.strings("argumentTypes");
        String returns = f.optionalString("returns");
        String language = f.stringOr("language", ObjectLines.DEFAULT_LANGUAGE);
        String volatility = f.stringOr("volatility", ObjectLines.DEFAULT_VOLATILITY);
        boolean definer = f.flag("securityDefiner", false);
        String searchPath = f.stringOr("searchPath", ObjectLines.defaultSearchPath(definer));
        List<ObjectId> uses = ids(f, "uses", schema);
        List<ObjectId> rowTypes = ids(f, "rowTypes", schema);
        String body = f.has("body") ? String.join("\n", f.strings("body")) : null;
        return new SqlFunction(schema, name, arguments, argumentTypes, returns, language, body, volatility, definer,
                searchPath, uses, rowTypes);
    }

    private static Trigger trigger(Fields f, String schema) {
        List<String> path = path(f, "trigger", 2);
        return new Trigger(schema, path.get(0), f.flag("onView", false), path.get(1), f.string("timing"),
                f.strings("events"), f.flag("forEachRow", true), f.flag("constraint", false),
                f.optionalString("when"), id(f, "function", schema));
    }

    private static DataKey dataKey(Fields f, String schema) {
        List<String> path = path(f, "dataKey", 3);
        return new DataKey(schema, path.get(0), path.get(1), path.get(2));
    }

    /** The names in the kind's key, e.g. {@code ["d0500", "pk__d0500__id"]}. */
    private static List<String> path(Fields f, String key, int size) {
        List<String> path = f.strings(key);
        if (path.size() != size) {
            throw f.misfit("'" + key + "' must hold " + size + " names but holds " + path.size());
        }
        return path;
    }

    private static ForeignKeyAction action(Fields f, String key, String absent) {
        String name = f.stringOr(key, absent);
        if (name == null) {
            return null;
        }
        try {
            return ForeignKeyAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw f.misfit("'" + key + "' must be one of " + List.of(ForeignKeyAction.values()) + " but is '"
                    + name + "'");
        }
    }

    private static String name(ForeignKeyAction action) {
        return action == null ? null : action.name();
    }

    private static ObjectId id(Fields f, String key, String schema) {
        Object json = f.raw(key);
        try {
            return IdForm.read(json, schema);
        } catch (IllegalArgumentException e) {
            throw f.misfit("'" + key + "': " + e.getMessage());
        }
    }

    private static List<ObjectId> ids(Fields f, String key, String schema) {
        List<ObjectId> ids = new ArrayList<>();
        for (Object json : f.list(key)) {
            try {
                ids.add(IdForm.read(json, schema));
            } catch (IllegalArgumentException e) {
                throw f.misfit("'" + key + "': " + e.getMessage());
            }
        }
        return ids;
    }
}
