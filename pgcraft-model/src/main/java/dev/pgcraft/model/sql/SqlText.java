package dev.pgcraft.model.sql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Quoting and escaping, done once and only here. Identifiers are always double-quoted: pgcraft names may be any
 * legal identifier, and an unquoted reserved word or upper-case letter would silently mean something else.
 */
public final class SqlText {

    private SqlText() {
    }

    /** {@code "name"}, with embedded double quotes doubled. */
    public static String ident(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier contains a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."name"}. */
    public static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /** {@code "a", "b"}. */
    public static String identList(List<String> names) {
        return names.stream().map(SqlText::ident).collect(Collectors.joining(", "));
    }

    /**
     * A string literal that means the same whatever the server's {@code standard_conforming_strings}: text with a
     * backslash is written as {@code E'…'} with the backslash doubled (read the same either way), any other text as
     * {@code '…'}, in which only single quotes are special (doubled). A plain {@code '…'} holding a backslash would
     * end early on a server with the setting off, and what follows would run as SQL.
     */
    public static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("string literal contains a NUL character");
        }
        String quoted = "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
        return text.indexOf('\\') >= 0 ? "E" + quoted : quoted;
    }

    /** A dollar-quoted body whose tag does not occur inside it: {@code $pgcraft$ … $pgcraft$}. */
    public static String dollarQuoted(String body) {
        String tag = dollarTag(body);
        return tag + body + tag;
    }

    /**
     * A dollar-quote tag ({@code $pgcraft$}, else {@code $pgcraft1$} …) that occurs nowhere in {@code content}, so
     * the quoted text cannot end early, whatever names it contains.
     */
    public static String dollarTag(String content) {
        String tag = "$pgcraft$";
        for (int i = 1; content.contains(tag); i++) {
            tag = "$pgcraft" + i + "$";
        }
        return tag;
    }
}
