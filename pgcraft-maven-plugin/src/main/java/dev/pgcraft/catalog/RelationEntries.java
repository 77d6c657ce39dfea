package dev.pgcraft.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Schemas, tables, views, standalone sequences, columns and view column defaults. Columns are keyed by name, so
 * their order and dropped columns do not count; a column default that draws from the column's own sequence reads
 * {@code nextval(<owned sequence>)}, because the sequence's name is PostgreSQL's choice and keeps the table's old
 * name after a rename.
 */
final class RelationEntries {

    static final String OWNED_SEQUENCE = "nextval(<owned sequence>)";

    private RelationEntries() {
    }

    static void read(CatalogScan scan) throws SQLException {
        scan.each("SELECT nspname FROM scope", row -> scan.add("schema " + row.getString(1),
                "CREATE SCHEMA " + row.getString(1)));
        relations(scan);
        sequences(scan);
        columns(scan);
        viewDefaults(scan);
    }

    /** A view's column defaults: what an INSERT through the view that omits the column gets. */
    private static void viewDefaults(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.display, a.attname, pg_get_expr(d.adbin, d.adrelid) AS expression
                FROM rel r
                JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
                JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE r.relkind = 'v'
                """, row -> scan.add("view column default " + row.getString("display") + "." + row.getString("attname"),
                "DEFAULT " + row.getString("expression")));
    }

    private static void relations(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.kind, r.display, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity,
                       c.relreplident, array_to_string(c.reloptions, ', ') AS options,
                       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                       CASE WHEN c.relispartition THEN
                           (SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = c.oid)
                           || ' ' || pg_get_expr(c.relpartbound, c.oid) END AS partition_of,
                       CASE WHEN NOT c.relispartition THEN
                           (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)
                            FROM pg_inherits i WHERE i.inhrelid = c.oid) END AS inherits,
                       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS query
                FROM rel r JOIN pg_class c ON c.oid = r.oid
                WHERE r.relkind IN ('r', 'p', 'f', 'v', 'm')
                """, row -> scan.add(row.getString("kind") + " " + row.getString("display"), relation(row)));
    }

    private static String relation(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        StringBuilder text = new StringBuilder("CREATE ");
        if ("u".equals(row.getString("relpersistence"))) {
            text.append("UNLOGGED ");
        }
        text.append(kind.toUpperCase(Locale.ROOT)).append(' ').append(row.getString("display"));
        appendIfSet(text, " PARTITION OF ", row.getString("partition_of"), "");
        appendIfSet(text, " INHERITS (", row.getString("inherits"), ")");
        appendIfSet(text, " PARTITION BY ", row.getString("partition_key"), "");
        appendIfSet(text, " WITH (", row.getString("options"), ")");
        if (row.getBoolean("relrowsecurity")) {
            text.append(" ROW LEVEL SECURITY");
        }
        if (row.getBoolean("relforcerowsecurity")) {
            text.append(" FORCE ROW LEVEL SECURITY");
        }
        String replicaIdentity = row.getString("relreplident");
        if (!isView(kind) && !"d".equals(replicaIdentity)) {
            // d is every table's default; views always report n
            text.append(" REPLICA IDENTITY ").append(replicaIdentity(replicaIdentity));
        }
        String query = row.getString("query");
        if (query != null) {
            text.append(" AS\n").append(query.strip());
        }
        return text.toString();
    }

    private static boolean isView(String kind) {
        return kind.endsWith("view");
    }

    private static String replicaIdentity(String code) {
        return switch (code) {
            case "f" -> "FULL";
            case "i" -> "USING INDEX";
            case "n" -> "NOTHING";
            default -> code;
        };
    }

    private static void sequences(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.display, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin,
                       s.seqmax, s.seqcache, s.seqcycle
                FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
                WHERE r.relkind = 'S' AND NOT r.owned
                """, row -> scan.add("sequence " + row.getString("display"), "CREATE SEQUENCE "
                + row.getString("display") + " AS " + row.getString("type")
                + " START " + row.getString("seqstart") + " INCREMENT " + row.getString("seqincrement")
                + " MINVALUE " + row.getString("seqmin") + " MAXVALUE " + row.getString("seqmax")
                + " CACHE " + row.getString("seqcache") + (row.getBoolean("seqcycle") ? " CYCLE" : " NO CYCLE")));
    }

    private static void columns(CatalogScan scan) throws SQLException {
        scan.each("""
                SELECT r.display, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
                       a.attidentity::text AS identity, a.attgenerated::text AS generated,
                       pg_get_expr(d.adbin, d.adrelid) AS expression,
                       CASE WHEN a.attcollation <> t.typcollation THEN quote_ident(co.collname) END AS collation,
                       (SELECT o.seq::regclass::text FROM owned o
                        WHERE o.rel = a.attrelid AND o.attnum = a.attnum LIMIT 1) AS owned_sequence
                FROM rel r
                JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                WHERE r.relkind IN ('r', 'p', 'f')
                """, row -> scan.add("column " + row.getString("display") + "." + row.getString("attname"),
                column(row)));
    }

    private static String column(ResultSet row) throws SQLException {
        StringBuilder text = new StringBuilder(row.getString("type"));
        appendIfSet(text, " COLLATE ", row.getString("collation"), "");
        String expression = row.getString("expression");
        String generated = row.getString("generated");
        switch (generated == null ? "" : generated) {
            case "s" -> text.append(" GENERATED ALWAYS AS (").append(expression).append(") STORED");
            case "v" -> text.append(" GENERATED ALWAYS AS (").append(expression).append(") VIRTUAL");
            default -> {
            }
        }
        String identity = row.getString("identity");
        switch (identity == null ? "" : identity) {
            case "a" -> text.append(" GENERATED ALWAYS AS IDENTITY");
            case "d" -> text.append(" GENERATED BY DEFAULT AS IDENTITY");
            default -> {
            }
        }
        if (row.getBoolean("attnotnull")) {
            text.append(" NOT NULL");
        }
        if (expression != null && (generated == null || generated.isEmpty())) {
            text.append(" DEFAULT ").append(ownedSequenceNormalised(expression, row.getString("owned_sequence")));
        }
        return text.toString();
    }

    private static String ownedSequenceNormalised(String expression, String ownedSequence) {
        if (ownedSequence == null) {
            return expression;
        }
        return expression.replace("nextval('" + ownedSequence.replace("'", "''") + "'::regclass)", OWNED_SEQUENCE);
    }

    private static void appendIfSet(StringBuilder text, String prefix, String value, String suffix) {
        if (value != null && !value.isEmpty()) {
            text.append(prefix).append(value).append(suffix);
        }
    }
}
