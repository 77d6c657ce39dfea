package dev.pgcraft.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * One reading of a catalog in progress: the connection, which schemas are in scope and which relations are left
 * out, and the entries collected so far. Every query runs after the same common table expressions, so each entry
 * reader only says what it selects:
 * <ul>
 * <li>{@code scope(oid, nspname)}: the schemas to read;</li>
 * <li>{@code owned(seq, rel, attnum)}: sequences that belong to a column (serial: dependency {@code a}, identity:
 *     {@code i}), which are named by their column, never by the name PostgreSQL gave them;</li>
 * <li>{@code rel(oid, relkind, schema, name, kind, display, owned)}: the tables, views, sequences and indexes in
 *     scope, without the excluded relations (and their indexes and sequences) and without extension members;
 *     {@code kind} is the word keys use ({@code table}, {@code view}, …), {@code display} the name keys use
 *     ({@code dim.products}, or {@code owned by dim.products.id} for an owned sequence);</li>
 * <li>{@code routine(oid, kind, display)}: functions and procedures in scope, {@code display} being
 *     {@code dim.f(integer, text)}.</li>
 * </ul>
 * The reader sets {@code search_path} to {@code pg_catalog} first, so every user object in the definitions is
 * schema-qualified the same way whatever the caller's setting.
 */
final class CatalogScan {

    private static final String COMMON = """
            WITH scope AS (
                SELECT n.oid, n.nspname FROM pg_namespace n WHERE n.nspname = ANY (?)
            ), excluded AS (
                SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname || '.' || c.relname = ANY (?)
            ), owned AS (
                SELECT d.objid AS seq, d.refobjid AS rel, d.refobjsubid AS attnum
                FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                  AND d.deptype IN ('a', 'i')
            ), rel AS (
                SELECT c.oid, c.relkind, s.nspname AS schema, c.relname AS name,
                       CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'f' THEN 'foreign table'
                            WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                            ELSE 'index' END AS kind,
                       CASE WHEN o.seq IS NULL THEN s.nspname || '.' || c.relname
                            ELSE 'owned by ' || own.nspname || '.' || oc.relname || '.' || oa.attname END AS display,
                       o.seq IS NOT NULL AS owned
                FROM pg_class c
                JOIN scope s ON s.oid = c.relnamespace
                LEFT JOIN owned o ON o.seq = c.oid
                LEFT JOIN pg_class oc ON oc.oid = o.rel
                LEFT JOIN pg_namespace own ON own.oid = oc.relnamespace
                LEFT JOIN pg_attribute oa ON oa.attrelid = o.rel AND oa.attnum = o.attnum
                WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'i', 'I')
                  AND c.oid NOT IN (SELECT oid FROM excluded)
                  AND (o.rel IS NULL OR o.rel NOT IN (SELECT oid FROM excluded))
                  AND NOT EXISTS (SELECT FROM pg_index i
                                  WHERE i.indexrelid = c.oid AND i.indrelid IN (SELECT oid FROM excluded))
                  AND NOT EXISTS (SELECT FROM pg_depend e WHERE e.classid = 'pg_class'::regclass
                                  AND e.objid = c.oid AND e.deptype = 'e')
            ), routine AS (
                SELECT p.oid, CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS kind,
                       s.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')' AS display
                FROM pg_proc p JOIN scope s ON s.oid = p.pronamespace
                WHERE p.prokind IN ('f', 'p', 'w')
                  AND NOT EXISTS (SELECT FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass
                                  AND e.objid = p.oid AND e.deptype = 'e')
            )
            """;

    /** Reads one result row. */
    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final String[] schemas;
    private final String[] excluded;
    private final Map<String, String> entries = new TreeMap<>();

    CatalogScan(Connection connection, Collection<String> schemas, Collection<String> excluded) {
        this.connection = connection;
        this.schemas = schemas.toArray(String[]::new);
        this.excluded = excluded.toArray(String[]::new);
    }

    /** Runs {@code select} (a query using the common table expressions above) and reads each row. */
    void each(String select, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COMMON + select)) {
            Array schemaArray = connection.createArrayOf("text", schemas);
            Array excludedArray = connection.createArrayOf("text", excluded);
            statement.setArray(1, schemaArray);
            statement.setArray(2, excludedArray);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    row.read(result);
                }
            }
        }
    }

    /** Records one object; two objects with one key would make the comparison meaningless, so that fails. */
    void add(String key, String definition) {
        String previous = entries.putIfAbsent(key, definition);
        if (previous != null) {
            throw new IllegalStateException("two catalog objects with the key '" + key + "':\n  " + previous
                    + "\n  " + definition);
        }
    }

    Catalog catalog() {
        return Catalog.of(entries);
    }

    /**
     * A lateral subquery turning an ACL into one row per grantee: {@code grantee} ({@code PUBLIC} or the role
     * name) and {@code privileges} (sorted, {@code WITH GRANT OPTION} where given). The owner's own entries are
     * left out: ownership is not compared, and the owner's rights follow from it.
     */
    static String grantsOf(String acl, String owner) {
        return """
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END AS grantee,
                           string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION'
                                      ELSE '' END, ', ' ORDER BY a.privilege_type COLLATE "C") AS privileges
                    FROM aclexplode(%s) a
                    WHERE a.grantee <> %s
                    GROUP BY a.grantee
                ) g
                """.formatted(acl, owner);
    }
}
