package dev.pgcraft.catalog;

import java.sql.SQLException;

/**
 * Comments ({@code COMMENT ON …}) on schemas, tables, views, sequences, indexes, columns, functions,
 * procedures, constraints, triggers and policies, keyed {@code comment <object key>}.
 */
final class CommentEntries {

    private CommentEntries() {
    }

    static void read(CatalogScan scan) throws SQLException {
        comments(scan, """
                SELECT 'schema ' || s.nspname AS object, d.description
                FROM scope s JOIN pg_description d ON d.classoid = 'pg_namespace'::regclass AND d.objoid = s.oid
                """);
        comments(scan, """
                SELECT r.kind || ' ' || r.display AS object, d.description
                FROM rel r JOIN pg_description d
                  ON d.classoid = 'pg_class'::regclass AND d.objoid = r.oid AND d.objsubid = 0
                """);
        comments(scan, """
                SELECT 'column ' || r.display || '.' || a.attname AS object, d.description
                FROM rel r JOIN pg_description d
                  ON d.classoid = 'pg_class'::regclass AND d.objoid = r.oid AND d.objsubid > 0
                JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.objsubid
                """);
        comments(scan, """
                SELECT f.kind || ' ' || f.display AS object, d.description
                FROM routine f JOIN pg_description d ON d.classoid = 'pg_proc'::regclass AND d.objoid = f.oid
                """);
        comments(scan, """
                SELECT 'constraint ' || r.display || '.' || con.conname AS object, d.description
                FROM rel r JOIN pg_constraint con ON con.conrelid = r.oid AND con.contype NOT IN ('n', 't')
                JOIN pg_description d ON d.classoid = 'pg_constraint'::regclass AND d.objoid = con.oid
                """);
        comments(scan, """
                SELECT 'trigger ' || r.display || '.' || t.tgname AS object, d.description
                FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid
                JOIN pg_description d ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid
                """);
        comments(scan, """
                SELECT 'policy ' || r.display || '.' || p.polname AS object, d.description
                FROM rel r JOIN pg_policy p ON p.polrelid = r.oid
                JOIN pg_description d ON d.classoid = 'pg_policy'::regclass AND d.objoid = p.oid
                """);
    }

    private static void comments(CatalogScan scan, String select) throws SQLException {
        scan.each(select, row -> scan.add("comment " + row.getString("object"), row.getString("description")));
    }
}
