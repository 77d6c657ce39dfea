package dev.pgcraft.catalog;

import java.sql.SQLException;

/**
 * What hangs off a table: constraints, indexes, triggers and row-level security policies.
 * <ul>
 * <li>NOT NULL constraints (PostgreSQL 18 stores them as {@code contype = 'n'}, named by PostgreSQL and keeping
 *     the table's old name after a rename) are left out: NOT NULL is a column attribute here.</li>
 * <li>Constraint triggers are read as triggers, so their {@code contype = 't'} rows are left out too.</li>
 * <li>Objects a partition inherits from its parent are left out: they follow from the parent's.</li>
 * <li>Indexes that implement a primary key, unique or exclusion constraint are the constraint's business.</li>
 * </ul>
 */
final class TableObjectEntries {

    private TableObjectEntries() {
    }

    static void read(CatalogScan scan) throws SQLException {
        constraints(scan);
        indexes(scan);
        triggers(scan);
        policies(scan);
    }

    /** {@code pg_get_constraintdef} says DEFERRABLE, INITIALLY DEFERRED and NOT VALID itself. */
    private static void constraints(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.display, con.conname, pg_get_constraintdef(con.oid) AS definition
                FROM rel r JOIN pg_constraint con ON con.conrelid = r.oid
                WHERE con.contype NOT IN ('n', 't') AND con.conparentid = 0 AND con.conislocal
                """, row -> scan.add("constraint " + row.getString("display") + "." + row.getString("conname"),
                row.getString("definition")));
    }

    /** An index a failed {@code CREATE INDEX CONCURRENTLY} left behind is not valid: that counts. */
    private static void indexes(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.schema, ic.relname, pg_get_indexdef(i.indexrelid) AS definition, i.indisvalid
                FROM rel r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class ic ON ic.oid = i.indexrelid
                WHERE r.relkind IN ('r', 'p', 'm', 'f') AND NOT ic.relispartition
                  AND NOT EXISTS (SELECT FROM pg_constraint con WHERE con.conindid = i.indexrelid
                                  AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
                """, row -> scan.add("index " + row.getString("schema") + "." + row.getString("relname"),
                row.getString("definition") + (row.getBoolean("indisvalid") ? "" : " -- INVALID")));
    }

    private static void triggers(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.display, t.tgname, pg_get_triggerdef(t.oid) AS definition, t.tgenabled::text AS enabled
                FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid
                WHERE NOT t.tgisinternal AND t.tgparentid = 0
                """, row -> scan.add("trigger " + row.getString("display") + "." + row.getString("tgname"),
                row.getString("definition") + switch (row.getString("enabled")) {
                    case "D" -> " -- DISABLED";
                    case "R" -> " -- ENABLE REPLICA";
                    case "A" -> " -- ENABLE ALWAYS";
                    default -> "";
                }));
    }

    private static void policies(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.display, p.polname,
                       'CREATE POLICY ' || quote_ident(p.polname) || ' ON ' || r.display
                       || CASE WHEN p.polpermissive THEN ' AS PERMISSIVE' ELSE ' AS RESTRICTIVE' END
                       || ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT'
                                        WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                       || ' TO ' || (SELECT string_agg(g.name, ', ' ORDER BY g.name COLLATE "C")
                                     FROM (SELECT CASE WHEN x.role = 0 THEN 'PUBLIC'
                                                  ELSE pg_get_userbyid(x.role) END AS name
                                           FROM unnest(p.polroles) AS x(role)) g)
                       || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
                       || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
                       AS definition
                FROM rel r JOIN pg_policy p ON p.polrelid = r.oid
                """, row -> scan.add("policy " + row.getString("display") + "." + row.getString("polname"),
                row.getString("definition")));
    }
}
