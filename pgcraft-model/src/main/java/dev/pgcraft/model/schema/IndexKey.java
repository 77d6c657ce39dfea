package dev.pgcraft.model.schema;

/**
 * One key item of an index: a column or an expression (never both). Kept apart so the renderer quotes column
 * names and parenthesises expressions, and the model holds no SQL syntax of its own.
 */
public record IndexKey(String column, String expression) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is a column or an expression");
        }
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, null);
    }

    public static IndexKey expression(String sql) {
        return new IndexKey(null, sql);
    }
}
