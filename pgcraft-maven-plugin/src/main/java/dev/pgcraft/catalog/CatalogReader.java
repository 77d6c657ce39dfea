package dev.pgcraft.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a {@link Catalog} from {@code pg_catalog}: schemas, tables, columns, standalone sequences, views and
 * materialized views, constraints, indexes, triggers, policies, functions and procedures, privileges and comments
 * of the given schemas. Some relations can be left out (the schema history table, whose rows and shape are the
 * migrator's business, not the model's).
 *
 * <p>Not read: types (enums, domains, composites), extensions and their members, rules, aggregates, operators,
 * collations, publications, statistics objects, default privileges, ownership, tablespaces and storage settings of
 * columns, and the options of identity and serial sequences.
 */
public final class CatalogReader {

    private final Set<String> excludedRelations;

    /** @param excludedRelations relations to leave out, as {@code schema.name} (unquoted) */
    public CatalogReader(Collection<String> excludedRelations) {
        this.excludedRelations = Set.copyOf(excludedRelations);
    }

    /**
     * The catalog of {@code schemas} (names as they are, unquoted). Reads in one repeatable-read, read-only
     * transaction when the connection is in autocommit mode, so all queries see one state; the connection's
     * {@code search_path} is restored afterwards.
     */
    public Catalog read(Connection connection, Collection<String> schemas) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
            execute(connection, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
        String searchPath = queryOne(connection, "SELECT current_setting('search_path')");
        Catalog catalog;
        try {
            // Every user object in a definition is then schema-qualified, whatever the caller's search_path.
            execute(connection, "SET search_path = pg_catalog");
            catalog = readAll(connection, schemas);
        } catch (SQLException | RuntimeException e) {
            try {
                finish(connection, ownTransaction, searchPath);
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        finish(connection, ownTransaction, searchPath);
        return catalog;
    }

    private Catalog readAll(Connection connection, Collection<String> schemas) throws SQLException {
        CatalogScan scan = new CatalogScan(connection, new TreeSet<>(schemas), excludedRelations);
        RelationEntries.read(scan);
        TableObjectEntries.read(scan);
        RoutineEntries.read(scan);
        PrivilegeEntries.read(scan);
        CommentEntries.read(scan);
        return scan.catalog();
    }

    /** Ends the transaction the reader began, or puts the caller's search_path back in the caller's. */
    private static void finish(Connection connection, boolean ownTransaction, String searchPath)
            throws SQLException {
        if (ownTransaction) {
            connection.rollback();
            connection.setAutoCommit(true);
            return;
        }
        try (PreparedStatement restore = connection.prepareStatement(
                "SELECT pg_catalog.set_config('search_path', ?, false)")) {
            restore.setString(1, searchPath);
            restore.execute();
        }
    }

    /**
     * Two databases' catalogs over every user schema either of them has: what {@code verify} and proving at
     * {@code generate} compare, so a migration that creates something in another schema shows too.
     */
    public List<Catalog> readUserSchemas(Connection expected, Connection actual) throws SQLException {
        Set<String> schemas = new TreeSet<>(userSchemas(expected));
        schemas.addAll(userSchemas(actual));
        return List.of(read(expected, schemas), read(actual, schemas));
    }

    /** The schemas of the database that are not PostgreSQL's own ({@code pg_*}, {@code information_schema}). */
    public static List<String> userSchemas(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT nspname FROM pg_catalog.pg_namespace"
                     + " WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY nspname")) {
            while (result.next()) {
                schemas.add(result.getString(1));
            }
        }
        return schemas;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
