package dev.pgcraft.diff;

import dev.pgcraft.model.schema.Column;
import dev.pgcraft.model.schema.DbObject;
import dev.pgcraft.model.schema.ObjectId;
import dev.pgcraft.model.schema.ObjectKind;
import dev.pgcraft.model.schema.Table;
import dev.pgcraft.model.schema.View;
import dev.pgcraft.model.schema.ViewColumn;
import dev.pgcraft.model.sql.SqlLexer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The functions of a migration that column defaults call, such as {@code created_by DEFAULT
 * api_private.claim('sub')}. PostgreSQL resolves a default's function when the default is set and records the
 * dependency: the function must exist before the table, view or column whose default calls it, and can go only after
 * that default has. The models' objects do not list these (a default is user SQL), so they are found here, by name:
 * a schema-qualified call {@code schema.name(} in a default, matched against the functions the migration creates or
 * drops. An unqualified call cannot be told from a built-in and is left alone.
 */
final class DefaultCalls {

    /** {@code schema.name} → the functions of that name among the candidates (all overloads). */
    private final Map<String, List<ObjectId>> byName = new HashMap<>();

    /** @param functions the functions a migration creates or drops; other ids are ignored */
    DefaultCalls(Collection<ObjectId> functions) {
        for (ObjectId id : functions) {
            if (id.kind() == ObjectKind.FUNCTION) {
                String name = id.name().substring(0, id.name().indexOf('('));
                byName.computeIfAbsent(id.schema() + "." + name, k -> new ArrayList<>()).add(id);
            }
        }
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** The candidate functions the column defaults of {@code object} (a table or a view) call. */
    Set<ObjectId> of(DbObject object) {
        Set<ObjectId> calls = new TreeSet<>();
        if (byName.isEmpty()) {
            return calls;
        }
        if (object instanceof Table table) {
            table.columns().forEach(column -> calls.addAll(of(column)));
        } else if (object instanceof View view) {
            for (ViewColumn column : view.columns()) {
                calls.addAll(in(column.defaultValue()));
            }
        }
        return calls;
    }

    /** The candidate functions a column's default calls. */
    Set<ObjectId> of(Column column) {
        return byName.isEmpty() ? Set.of() : in(column.defaultValue());
    }

    private Set<ObjectId> in(String sql) {
        Set<ObjectId> calls = new TreeSet<>();
        if (sql == null) {
            return calls;
        }
        List<SqlLexer.Token> tokens = SqlLexer.tokens(sql).stream()
                .filter(t -> t.kind() != SqlLexer.Kind.LINE_COMMENT && t.kind() != SqlLexer.Kind.BLOCK_COMMENT)
                .toList();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            String schema = name(tokens.get(i), sql);
            String function = name(tokens.get(i + 2), sql);
            if (schema != null && function != null && tokens.get(i + 1).isSymbol(sql, '.')
                    && tokens.get(i + 3).isSymbol(sql, '(')) {
                calls.addAll(byName.getOrDefault(schema + "." + function, List.of()));
            }
        }
        return calls;
    }

    /** An identifier token as PostgreSQL names it (unquoted: folded to lower case), or {@code null}. */
    private static String name(SqlLexer.Token token, String sql) {
        String text = token.text(sql);
        if (token.kind() == SqlLexer.Kind.WORD && !Character.isDigit(text.charAt(0))) {
            return text.toLowerCase(Locale.ROOT);
        }
        if (token.kind() == SqlLexer.Kind.QUOTED_IDENTIFIER && token.terminated() && text.startsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return null;
    }
}
