package dev.pgcraft.catalog;

import java.sql.SQLException;

/**
 * Privileges, one entry per object and grantee ({@code grant table dim.products to anon}: {@code INSERT, SELECT}).
 * An object that never saw a GRANT or REVOKE has no ACL; its default ({@code acldefault}) is read instead, so a
 * database where privileges were granted and revoked again compares equal to one where they never were. Roles
 * are cluster-wide: a grant names its grantee, and that is all.
 */
final class PrivilegeEntries {

    private PrivilegeEntries() {
    }

    static void read(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT 'schema ' || s.nspname AS object, g.grantee, g.privileges
                FROM scope s JOIN pg_namespace n ON n.oid = s.oid
                """ + CatalogScan.grantsOf("coalesce(n.nspacl, acldefault('n', n.nspowner))", "n.nspowner"),
                row -> add(scan, row.getString("object"), row.getString("grantee"), row.getString("privileges")));
        scan.each("""
                SELECT r.kind || ' ' || r.display AS object, g.grantee, g.privileges
                FROM rel r JOIN pg_class c ON c.oid = r.oid
                """ + CatalogScan.grantsOf("coalesce(c.relacl, acldefault((CASE WHEN c.relkind = 'S' THEN 's'"
                + " ELSE 'r' END)::\"char\", c.relowner))", "c.relowner") + """
                WHERE r.relkind NOT IN ('i', 'I')
                """,
                row -> add(scan, row.getString("object"), row.getString("grantee"), row.getString("privileges")));
        scan.each("""
                SELECT 'column ' || r.display || '.' || att.attname AS object, g.grantee, g.privileges
                FROM rel r JOIN pg_class c ON c.oid = r.oid
                JOIN pg_attribute att ON att.attrelid = r.oid AND att.attnum > 0 AND NOT att.attisdropped
                """ + CatalogScan.grantsOf("att.attacl", "c.relowner") + """
                WHERE att.attacl IS NOT NULL
                """,
                row -> add(scan, row.getString("object"), row.getString("grantee"), row.getString("privileges")));
        scan.each("""
                SELECT f.kind || ' ' || f.display AS object, g.grantee, g.privileges
                FROM routine f JOIN pg_proc p ON p.oid = f.oid
                """ + CatalogScan.grantsOf("coalesce(p.proacl, acldefault('f', p.proowner))", "p.proowner"),
                row -> add(scan, row.getString("object"), row.getString("grantee"), row.getString("privileges")));
    }

    private static void add(CatalogScan scan, String object, String grantee, String privileges) {
        scan.add("grant " + object + " to " + grantee, privileges);
    }
}
