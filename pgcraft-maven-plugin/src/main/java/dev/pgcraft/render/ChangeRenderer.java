package dev.pgcraft.render;

import dev.pgcraft.model.spi.TemplateEngine;
import dev.pgcraft.model.sql.SqlText;
import dev.pgcraft.diff.Change;
import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.Comment;
import dev.pgcraft.model.schema.Constraint;
import dev.pgcraft.model.schema.DataKey;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.Grant;
import dev.pgcraft.model.schema.Identity;
import dev.pgcraft.model.schema.Index;
import dev.pgcraft.model.schema.IndexKey;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.pgcraft.model.sql.SqlText.ident;
import static dev.pgcraft.model.sql.SqlText.identList;
import static dev.pgcraft.model.sql.SqlText.literal;
import static dev.pgcraft.model.sql.SqlText.qualified;

/**
 * Turns one change into SQL: picks the change kind's template and gives it a flat context of ready, quoted
 * pieces. On Java 17 these {@code instanceof} chains compile even when a kind is missing (a new kind falls through
 * to "no template for …" at run time), so {@code EveryKindTest} renders a real instance of every permitted
 * {@code Change} and {@code DbObject} subclass: a kind left out here fails that test.
 */
final class ChangeRenderer {

    /** The shared engine, looked up when a change is rendered (see {@link #migrations()}). */
    private static TemplateEngine templates() {
        return migrations();
    }

    /**
     * The engine of the migration statement templates ({@code dev/pgcraft/render/templates/}), shared (rendering is
     * thread-safe) and made on first use: a {@code generate} with nothing to write never starts it.
     */
    static TemplateEngine migrations() {
        return Migrations.ENGINE;
    }

    /** Holds the shared engine; the JVM initialises it on first access, once. */
    private static final class Migrations {
        static final TemplateEngine ENGINE = new TemplateEngine(ChangeRenderer.class, "dev/pgcraft/render/templates/");
    }

    String render(Change change) {
        if (change instanceof Change.Create create) {
            return create(create.object());
        }
        if (change instanceof Change.Drop drop) {
            return drop(drop.object());
        }
        if (change instanceof Change.AddColumn add) {
            return templates().render("add-column", Map.of("table", name(add.table()),
                    "column", column(add.column(), 0)));
        }
        if (change instanceof Change.DropColumn dropColumn) {
            return templates().render("drop-column", Map.of("table", name(dropColumn.table()),
                    "column", ident(dropColumn.column().name())));
        }
        if (change instanceof Change.AlterColumn alter) {
            return alterColumn(alter);
        }
        if (change instanceof Change.Replace replace && replace.to() instanceof Role role) {
            Role from = (Role) replace.from();
            return templates().render("alter-role", Map.of("role", ident(role.name()),
                    "setLogin", from.login() == role.login() ? "" : role.login() ? "LOGIN" : "NOLOGIN",
                    "setInherit", from.noInherit() == role.noInherit() ? "" : role.noInherit() ? "NOINHERIT"
                            : "INHERIT",
                    "grant", role.memberOf().stream().filter(p -> !from.memberOf().contains(p))
                            .map(SqlText::ident).toList(),
                    "revoke", from.memberOf().stream().filter(p -> !role.memberOf().contains(p))
                            .map(SqlText::ident).toList()));
        }
        if (change instanceof Change.Replace replace && replace.to() instanceof View view) {
            return templates().render("create-view", view(view, (View) replace.from(), true));
        }
        if (change instanceof Change.Replace replace && replace.to() instanceof SqlFunction function) {
            Map<String, Object> values = function(function);
            values.put("orReplace", true);
            return templates().render("create-function", values);
        }
        if (change instanceof Change.RenameTable rename) {
            return templates().render("rename-table", Map.of("table", name(rename.from()),
                    "newName", ident(rename.newName())));
        }
        if (change instanceof Change.RenameColumn rename) {
            return templates().render("rename-column", Map.of("table", name(rename.table()),
                    "from", ident(rename.from()), "to", ident(rename.to())));
        }
        if (change instanceof Change.Rename rename) {
            return rename(rename.from(), rename.to());
        }
        if (change instanceof Change.AddConstraintNotValid add) {
            Map<String, Object> values = constraint(add.constraint());
            values.put("notValid", true);
            return templates().render("add-constraint", values);
        }
        if (change instanceof Change.ValidateConstraint validate) {
            Constraint constraint = validate.constraint();
            return templates().render("validate-constraint", Map.of(
                    "table", qualified(constraint.schema(), constraint.table()), "name", ident(constraint.name())));
        }
        if (change instanceof Change.CreateIndexConcurrently create) {
            Map<String, Object> values = index(create.index());
            String index = qualified(create.index().schema(), create.index().name());
            values.put("index", index);
            values.put("indexLiteral", literal(index));
            values.put("quote", SqlText.dollarTag(index));
            return templates().render("create-index-concurrently", values);
        }
        if (change instanceof Change.AddUniqueConcurrently add) {
            Constraint constraint = add.constraint();
            String table = qualified(constraint.schema(), constraint.table());
            String index = qualified(constraint.schema(), constraint.name());
            return templates().render("add-unique-concurrently", Map.of("table", table,
                    "tableLiteral", literal(table), "name", ident(constraint.name()),
                    "nameLiteral", literal(constraint.name()), "index", index, "indexLiteral", literal(index),
                    "columns", identList(constraint.columns()), "quote", SqlText.dollarTag(index)));
        }
        if (change instanceof Change.DropIndexConcurrently drop) {
            return templates().render("drop-index-concurrently", Map.of(
                    "index", qualified(drop.index().schema(), drop.index().name())));
        }
        if (change instanceof Change.AddNotNullCheck add) {
            return templates().render("add-not-null-check", Map.of("table", name(add.table()),
                    "check", ident(add.checkName()), "column", ident(add.column().name())));
        }
        if (change instanceof Change.SetNotNullValidated set) {
            String table = name(set.table());
            return templates().render("set-not-null-validated", Map.of("table", table,
                    "tableLiteral", literal(table), "check", ident(set.checkName()),
                    "checkLiteral", literal(set.checkName()), "column", ident(set.column().name()),
                    "quote", SqlText.dollarTag(table + set.checkName())));
        }
        throw new IllegalStateException("no template for " + change.getClass().getSimpleName());
    }

    private String create(DbObject object) {
        if (object instanceof Schema schema) {
            return templates().render("create-schema", Map.of("schema", ident(schema.name())));
        }
        if (object instanceof Role role) {
            // The DO body's tag is chosen here, not written in the template: there "$tag$" would read as a
            // variable, and the role name (which may contain '$') must not be able to close the quote.
            return templates().render("create-role", Map.of("role", ident(role.name()),
                    "roleLiteral", literal(role.name()), "login", role.login(), "noInherit", role.noInherit(),
                    "quote", SqlText.dollarTag(role.name()),
                    "memberOf", role.memberOf().stream().map(SqlText::ident).collect(Collectors.toList())));
        }
        if (object instanceof Table table) {
            int width = table.columns().stream().mapToInt(c -> ident(c.name()).length()).max().orElse(0);
            List<Map<String, Object>> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                columns.add(column(column, width));
            }
            Table.InitialRows rows = table.initialRows();
            return templates().render("create-table", Map.of("table", name(table), "columns", columns,
                    "fillFrom", rows == null ? "" : qualified(rows.source().schema(), rows.source().name()),
                    "fillQuery", rows == null ? "" : rows.query()));
        }
        if (object instanceof Constraint constraint) {
            Map<String, Object> values = constraint(constraint);
            values.put("notValid", false);
            return templates().render("add-constraint", values);
        }
        if (object instanceof Index index) {
            return templates().render("create-index", index(index));
        }
        if (object instanceof View view) {
            return templates().render("create-view", view(view, null, false));
        }
        if (object instanceof SqlFunction function) {
            Map<String, Object> values = function(function);
            values.put("orReplace", false);
            return templates().render("create-function", values);
        }
        if (object instanceof Trigger trigger) {
            return templates().render("create-trigger", trigger(trigger));
        }
        if (object instanceof RowSecurity security) {
            return templates().render("row-security", Map.of("table", qualified(security.on().schema(),
                    security.on().name()), "enable", true, "force", security.force()));
        }
        if (object instanceof Policy policy) {
            return templates().render("create-policy", Map.of("name", ident(policy.name()),
                    "table", qualified(policy.on().schema(), policy.on().name()), "command", policy.command(),
                    "roles", policy.roles().isEmpty() ? "PUBLIC"
                            : policy.roles().stream().map(SqlText::ident).collect(Collectors.joining(", ")),
                    "clauses", (policy.using() == null ? "" : "\n    USING " + enclosed(policy.using()))
                            + (policy.withCheck() == null ? "" : "\n    WITH CHECK " + enclosed(policy.withCheck()))));
        }
        if (object instanceof Grant grant) {
            return templates().render("grant", grant(grant));
        }
        if (object instanceof Revocation revocation) {
            return templates().render("revoke", privileges(revocation.on(), revocation.privileges(),
                    Revocation.PUBLIC));
        }
        if (object instanceof Comment comment) {
            return templates().render("comment", comment(comment, literal(comment.text())));
        }
        throw new IllegalStateException("no create template for " + object.id());
    }

    private String drop(DbObject object) {
        if (object instanceof Schema schema) {
            return templates().render("drop-schema", Map.of("schema", ident(schema.name()),
                    "keep", schema.name().equals("public")));
        }
        if (object instanceof Role role) {
            return templates().render("drop-role", Map.of("role", ident(role.name()),
                    "roleLiteral", literal(role.name()), "quote", SqlText.dollarTag(role.name())));
        }
        if (object instanceof Table table) {
            return templates().render("drop-table", Map.of("table", name(table)));
        }
        if (object instanceof Constraint constraint) {
            return templates().render("drop-constraint", Map.of(
                    "table", qualified(constraint.schema(), constraint.table()), "name", ident(constraint.name())));
        }
        if (object instanceof Index index) {
            return templates().render("drop-index", Map.of("index", qualified(index.schema(), index.name())));
        }
        if (object instanceof View view) {
            return templates().render("drop-view", Map.of("view", qualified(view.schema(), view.name()),
                    "materialized", view.materialized()));
        }
        if (object instanceof SqlFunction function) {
            return templates().render("drop-function", Map.of("function", signature(function)));
        }
        if (object instanceof Trigger trigger) {
            return templates().render("drop-trigger", Map.of("name", ident(trigger.name()),
                    "target", qualified(trigger.schema(), trigger.table())));
        }
        if (object instanceof RowSecurity security) {
            return templates().render("row-security", Map.of("table", qualified(security.on().schema(),
                    security.on().name()), "enable", false, "force", security.force()));
        }
        if (object instanceof Policy policy) {
            return templates().render("drop-policy", Map.of("name", ident(policy.name()),
                    "table", qualified(policy.on().schema(), policy.on().name())));
        }
        if (object instanceof Grant grant) {
            return templates().render("revoke", grant(grant));
        }
        if (object instanceof Revocation revocation) {
            // The default given back.
            return templates().render("grant", privileges(revocation.on(), revocation.privileges(),
                    Revocation.PUBLIC));
        }
        if (object instanceof Comment comment) {
            return templates().render("comment", comment(comment, "NULL"));
        }
        throw new IllegalStateException("no drop template for " + object.id());
    }

    /** {@code ALTER … RENAME} of an object named after a renamed table or column; tables are renamed already. */
    private String rename(DbObject from, DbObject to) {
        if (from instanceof DataKey key) {
            DataKey target = (DataKey) to;
            return templates().render("rename-data-key", Map.of("table", qualified(target.schema(), target.table()),
                    "column", ident(target.column()), "from", literal(key.value()), "to", literal(target.value())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kind", from.id().kind().name());
        values.put("to", ident(to.id().kind() == ObjectKind.FUNCTION ? ((SqlFunction) to).name() : to.id().name()));
        values.put("materialized", from instanceof View view && view.materialized());
        if (from instanceof Constraint constraint) {
            Constraint target = (Constraint) to;
            values.put("table", qualified(target.schema(), target.table()));
            values.put("from", ident(constraint.name()));
        } else if (from instanceof Trigger trigger) {
            Trigger target = (Trigger) to;
            values.put("table", qualified(target.schema(), target.table()));
            values.put("from", ident(trigger.name()));
        } else if (from instanceof SqlFunction function) {
            values.put("table", "");
            values.put("from", signature(function));
        } else {
            values.put("table", "");
            values.put("from", qualified(from.id().schema(), from.id().name()));
        }
        return templates().render("rename", values);
    }

    /**
     * A view's statement and the column defaults it sets; replacing {@code previous} in place also drops the defaults
     * it no longer has ({@code CREATE OR REPLACE VIEW} keeps a column's default).
     */
    private static Map<String, Object> view(View view, View previous, boolean orReplace) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("view", qualified(view.schema(), view.name()));
        values.put("materialized", view.materialized());
        values.put("orReplace", orReplace);
        values.put("query", view.query().strip());
        values.put("options", view.options() == null ? "" : view.options());
        // Filled after the migration's transaction by migrate (see the pgcraft:refresh directive), so the
        // transaction holds its locks no longer than the DDL takes.
        values.put("withNoData", view.materialized() && view.refresh() != null);
        Map<String, String> before = new LinkedHashMap<>();
        if (previous != null) {
            previous.columns().forEach(column -> before.put(column.name(), column.defaultValue()));
        }
        List<Map<String, String>> defaults = new ArrayList<>();
        for (ViewColumn column : view.columns()) {
            String now = column.defaultValue();
            String was = before.get(column.name());
            if (now != null && !now.equals(was)) {
                defaults.add(Map.of("column", ident(column.name()), "value", enclosed(now)));
            } else if (now == null && was != null) {
                defaults.add(Map.of("column", ident(column.name()), "value", ""));
            }
        }
        values.put("defaults", defaults);
        return values;
    }

    private static String name(Table table) {
        return qualified(table.schema(), table.name());
    }

    private static Map<String, Object> column(Column column, int width) {
        Map<String, Object> values = new LinkedHashMap<>();
        String name = ident(column.name());
        values.put("name", name);
        values.put("padding", " ".repeat(Math.max(0, width - name.length())));
        values.put("type", column.type());
        values.put("identity", identity(column.identity()));
        values.put("notNull", !column.nullable());
        values.put("defaultValue", column.defaultValue() == null ? "" : enclosed(column.defaultValue()));
        return values;
    }

    private static String identity(Identity identity) {
        return switch (identity) {
            case NONE -> "";
            case BY_DEFAULT -> "GENERATED BY DEFAULT AS IDENTITY";
            case ALWAYS -> "GENERATED ALWAYS AS IDENTITY";
        };
    }

    private String alterColumn(Change.AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("table", name(alter.table()));
        values.put("column", ident(to.name()));
        boolean typeChanged = !from.type().equals(to.type());
        values.put("type", typeChanged ? to.type() : "");
        values.put("setNotNull", from.nullable() && !to.nullable());
        values.put("dropNotNull", !from.nullable() && to.nullable());
        // A default survives a type change as an expression of the old type ('x'::text on a varchar column):
        // it is dropped before the change and set again after it, as a new column would have it.
        boolean defaultChanged = !java.util.Objects.equals(from.defaultValue(), to.defaultValue());
        boolean resetDefault = typeChanged && from.defaultValue() != null;
        values.put("setDefault", (defaultChanged || resetDefault) && to.defaultValue() != null
                ? enclosed(to.defaultValue()) : "");
        values.put("dropDefault", defaultChanged && to.defaultValue() == null || resetDefault);
        // Identity: dropped, added, or switched between ALWAYS and BY DEFAULT (which keeps the sequence).
        boolean hadIdentity = from.identity() != Identity.NONE;
        boolean hasIdentity = to.identity() != Identity.NONE;
        values.put("dropIdentity", hadIdentity && !hasIdentity);
        values.put("addIdentity", !hadIdentity && hasIdentity ? identity(to.identity()) : "");
        values.put("setGenerated", hadIdentity && hasIdentity && from.identity() != to.identity()
                ? (to.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT") : "");
        return templates().render("alter-column", values);
    }

    private static Map<String, Object> constraint(Constraint constraint) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("table", qualified(constraint.schema(), constraint.table()));
        values.put("name", ident(constraint.name()));
        values.put("type", constraint.type().name());
        values.put("columns", identList(constraint.columns()));
        values.put("check", constraint.checkExpression() == null ? "" : constraint.checkExpression());
        ObjectId referenced = constraint.referencedTable();
        values.put("referencedTable", referenced == null ? "" : qualified(referenced.schema(), referenced.name()));
        values.put("referencedColumns", identList(constraint.referencedColumns()));
        values.put("onDelete", constraint.onDelete() == null ? "" : constraint.onDelete().sql());
        values.put("onUpdate", constraint.onUpdate() == null ? "" : constraint.onUpdate().sql());
        return values;
    }

    private static Map<String, Object> index(Index index) {
        List<String> keys = new ArrayList<>();
        for (IndexKey key : index.keys()) {
            keys.add(key.column() != null ? ident(key.column()) : "(" + key.expression() + ")");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unique", index.unique());
        values.put("name", ident(index.name()));
        values.put("table", qualified(index.schema(), index.table()));
        values.put("method", index.method());
        values.put("keys", String.join(", ", keys));
        values.put("where", index.where() == null ? "" : enclosed(index.where()));
        return values;
    }

    /**
     * A model's SQL fragment (a default, an index predicate) in parentheses: the loader has checked it is one
     * expression, and the parentheses keep it one should anything slip past that check.
     */
    private static String enclosed(String fragment) {
        return "(" + fragment + ")";
    }

    private static String signature(SqlFunction function) {
        return qualified(function.schema(), function.name()) + "(" + String.join(", ", function.argumentTypes())
                + ")";
    }

    private static Map<String, Object> function(SqlFunction function) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("function", qualified(function.schema(), function.name()));
        values.put("arguments", String.join(", ", function.arguments()));
        values.put("returns", function.returns());
        values.put("language", function.language());
        values.put("volatility", function.volatility());
        values.put("securityDefiner", function.securityDefiner());
        values.put("searchPath", function.searchPath() == null ? "" : function.searchPath());
        values.put("body", SqlText.dollarQuoted(function.body()));
        return values;
    }

    private static Map<String, Object> trigger(Trigger trigger) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", ident(trigger.name()));
        values.put("constraint", trigger.constraint());
        values.put("timing", trigger.timing());
        values.put("events", String.join(" OR ", trigger.events()));
        values.put("target", qualified(trigger.schema(), trigger.table()));
        values.put("level", trigger.forEachRow() ? "ROW" : "STATEMENT");
        values.put("when", trigger.when() == null ? "" : trigger.when());
        ObjectId function = trigger.function();
        String functionName = function.name().substring(0, function.name().indexOf('('));
        values.put("function", qualified(function.schema(), functionName));
        return values;
    }

    private static Map<String, Object> grant(Grant grant) {
        return privileges(grant.on(), grant.privileges(), ident(grant.role()));
    }

    /** @param grantee the grantee as SQL: a quoted role name, or the key word {@code PUBLIC} */
    private static Map<String, Object> privileges(ObjectId on, List<String> privileges, String grantee) {
        String target = switch (on.kind()) {
            case SCHEMA -> "SCHEMA " + ident(on.name());
            case FUNCTION -> "FUNCTION " + ident(on.schema()) + "." + functionSignature(on.name());
            default -> "TABLE " + qualified(on.schema(), on.name());
        };
        return Map.of("privileges", String.join(", ", privileges), "target", target, "role", grantee);
    }

    /** {@code name(integer, text)} from a function id, with the name quoted and the types as written. */
    private static String functionSignature(String signature) {
        int open = signature.indexOf('(');
        return ident(signature.substring(0, open)) + signature.substring(open);
    }

    private static Map<String, Object> comment(Comment comment, String text) {
        ObjectId on = comment.on();
        String target;
        if (comment.column() != null) {
            target = "COLUMN " + qualified(on.schema(), on.name()) + "." + ident(comment.column());
        } else if (on.kind() == ObjectKind.SCHEMA) {
            target = "SCHEMA " + ident(on.name());
        } else if (on.kind() == ObjectKind.FUNCTION) {
            target = "FUNCTION " + ident(on.schema()) + "." + functionSignature(on.name());
        } else {
            target = (comment.onMaterializedView() ? "MATERIALIZED " : "")
                    + on.kind().name().toUpperCase(Locale.ROOT) + " " + qualified(on.schema(), on.name());
        }
        return Map.of("target", target, "text", text);
    }
}
