package dev.pgcraft.catalog;

import java.sql.SQLException;

/**
 * Functions and procedures, keyed by name and argument types ({@code function dim.f(integer)}), defined by
 * {@code pg_get_functiondef}: signature, return type, language, volatility, security, settings and body.
 * Aggregates are not read ({@code pg_get_functiondef} cannot show them).
 */
final class RoutineEntries {

    private RoutineEntries() {
    }

    static void read(CatalogScan scan) throws SQLException {
        scan.each("SELECT f.kind, f.display, pg_get_functiondef(f.oid) AS definition FROM routine f",
                row -> scan.add(row.getString("kind") + " " + row.getString("display"),
                        row.getString("definition").strip()));
    }
}
