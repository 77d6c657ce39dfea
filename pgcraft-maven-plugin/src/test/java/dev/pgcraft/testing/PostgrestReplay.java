package dev.pgcraft.testing;

import dev.pgcraft.db.ConnectionSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.pgcraft.model.sql.SqlText.ident;
import static dev.pgcraft.model.sql.SqlText.qualified;

/**
 * What PostgREST sends PostgreSQL for one request, replayed in SQL (PostgREST cannot run here): logged in as the
 * authenticator, one transaction that switches to the request's role and sets the request's claims, method and
 * path ({@code set_config(…, true)}, local to the transaction), then one statement of PostgREST's shape — a CTE
 * {@code pgrst_source} around the SELECT, or around the INSERT/UPDATE/DELETE with {@code RETURNING *} that
 * {@code Prefer: return=representation} asks for, the rows as a JSON array. A failure rolls back, as PostgREST does,
 * and reports its SQLSTATE (42501 is PostgREST's 401/403).
 */
public final class PostgrestReplay {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");
    private static final Pattern KEYS = Pattern.compile("\"([a-z_][a-z0-9_]*)\"\\s*:");

    private final ConnectionSettings authenticator;
    private final String schema;

    /**
     * @param database      the database, as any user (its URL is reused)
     * @param authenticator the role PostgREST logs in as
     * @param schema        the api schema (db-schemas)
     */
    public PostgrestReplay(ConnectionSettings database, String authenticator, String schema) {
        this.authenticator = new ConnectionSettings(database.url(), authenticator, null);
        this.schema = schema;
    }

    /** A request as {@code role} with these JWT claims ({@code {}} for the anonymous role). */
    public Request as(String role, String claims) {
        return new Request(role, claims);
    }

    /** A request as {@code role} whose JWT says only that. */
    public Request as(String role) {
        return new Request(role, "{\"role\":\"" + role + "\"}");
    }

    /**
     * What the request returned.
     *
     * @param sqlState null when it succeeded, else the error's SQLSTATE
     * @param message  the error message, or null
     * @param rows     the rows PostgREST would send back, each column → its JSON value as text
     */
    public record Response(String sqlState, String message, List<Map<String, String>> rows) {

        public boolean ok() {
            return sqlState == null;
        }

        /** The one row's column value (fails if there is not exactly one row). */
        public String only(String column) {
            if (rows.size() != 1) {
                throw new AssertionError("expected one row, got " + this);
            }
            return rows.get(0).get(column);
        }
    }

    /** One request's role and claims. */
    public final class Request {

        private final String role;
        private final String claims;

        private Request(String role, String claims) {
            this.role = role;
            this.claims = claims;
        }

        /** {@code GET /t?col=eq.value…}: {@code filters} is column → value (eq), possibly empty. */
        public Response get(String relation, Map<String, String> filters) {
            String target = qualified(schema, relation);
            return run("GET", relation, "SELECT " + target + ".* FROM " + target + where(target, filters, 1),
                    List.copyOf(filters.values()));
        }

        public Response get(String relation) {
            return get(relation, Map.of());
        }

        /** {@code POST /t} with a JSON array (or object) body and {@code Prefer: return=representation}. */
        public Response post(String relation, String json) {
            return run("POST", relation, insert(relation, json, ""), List.of(json));
        }

        /** {@code POST /t?on_conflict=col} with {@code Prefer: resolution=merge-duplicates}: an upsert. */
        public Response upsert(String relation, String json, String conflictColumn) {
            List<String> columns = keys(json);
            String update = columns.stream().filter(c -> !c.equals(conflictColumn))
                    .map(c -> ident(c) + " = EXCLUDED." + ident(c)).collect(Collectors.joining(", "));
            return run("POST", relation, insert(relation, json, " ON CONFLICT (" + ident(conflictColumn)
                    + ") DO UPDATE SET " + update), List.of(json));
        }

        /** {@code PATCH /t?col=eq.value} with a JSON object body. */
        public Response patch(String relation, Map<String, String> filters, String json) {
            String target = qualified(schema, relation);
            String set = keys(json).stream().map(c -> ident(c) + " = _." + ident(c))
                    .collect(Collectors.joining(", "));
            String from = " FROM (SELECT * FROM json_populate_record(null::" + target + ", $1::json)) _ ";
            String filter = where(target, filters, 2);
            List<String> values = new ArrayList<>(List.of(json));
            values.addAll(filters.values());
            return run("PATCH", relation, "UPDATE " + target + " SET " + set + from
                    + (filter.isEmpty() ? "" : filter) + " RETURNING " + target + ".*", values);
        }

        /** {@code DELETE /t?col=eq.value}. */
        public Response delete(String relation, Map<String, String> filters) {
            String target = qualified(schema, relation);
            return run("DELETE", relation, "DELETE FROM " + target + where(target, filters, 1)
                    + " RETURNING " + target + ".*", List.copyOf(filters.values()));
        }

        /** The first column of a one-row query run in the request's transaction (as a function PostgREST calls would). */
        public String select(String sql) {
            try (Connection connection = authenticator.open()) {
                connection.setAutoCommit(false);
                start(connection, "GET", "/");
                try (PreparedStatement query = connection.prepareStatement(sql);
                     ResultSet result = query.executeQuery()) {
                    result.next();
                    String value = result.getString(1);
                    connection.rollback();
                    return value;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        /** What PostgREST runs first in every request's transaction. */
        private void start(Connection connection, String method, String path) throws SQLException {
            try (PreparedStatement settings = connection.prepareStatement("select set_config('role', ?, true),"
                    + " set_config('request.jwt.claims', ?, true), set_config('request.method', ?, true),"
                    + " set_config('request.path', ?, true)")) {
                settings.setString(1, role);
                settings.setString(2, claims);
                settings.setString(3, method);
                settings.setString(4, path);
                settings.execute();
            }
        }

        private String insert(String relation, String json, String onConflict) {
            String target = qualified(schema, relation);
            String columns = keys(json).stream().map(c -> ident(c)).collect(Collectors.joining(", "));
            return "INSERT INTO " + target + "(" + columns + ") SELECT " + columns
                    + " FROM json_populate_recordset(null::" + target + ", $1::json) _" + onConflict
                    + " RETURNING " + target + ".*";
        }

        private Response run(String method, String relation, String source, List<String> values) {
            String statement = "WITH pgrst_source AS (" + source + ") SELECT coalesce(json_agg(_postgrest_t), '[]')"
                    + "::text AS body FROM (SELECT * FROM pgrst_source) _postgrest_t";
            try (Connection connection = authenticator.open()) {
                connection.setAutoCommit(false);
                try {
                    start(connection, method, "/" + relation);
                    String body;
                    // PostgREST's $n placeholders, as JDBC's ? in order of appearance.
                    Matcher placeholders = PLACEHOLDER.matcher(statement);
                    List<String> bound = new ArrayList<>();
                    while (placeholders.find()) {
                        bound.add(values.get(Integer.parseInt(placeholders.group(1)) - 1));
                    }
                    try (PreparedStatement request = connection.prepareStatement(
                            PLACEHOLDER.matcher(statement).replaceAll("?"))) {
                        for (int i = 0; i < bound.size(); i++) {
                            request.setObject(i + 1, bound.get(i), Types.OTHER);
                        }
                        try (ResultSet result = request.executeQuery()) {
                            result.next();
                            body = result.getString(1);
                        }
                    }
                    connection.commit();
                    return new Response(null, null, rows(connection, body));
                } catch (SQLException e) {
                    connection.rollback();
                    return new Response(e.getSQLState(), e.getMessage(), List.of());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String where(String target, Map<String, String> filters, int firstParameter) {
        if (filters.isEmpty()) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        int parameter = firstParameter;
        for (String column : filters.keySet()) {
            conditions.add(target + "." + ident(column) + " = $" + parameter++);
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    /** The keys of the first object of a JSON body: PostgREST's column list for an insert or update. */
    private static List<String> keys(String json) {
        int end = json.indexOf('}');
        Matcher keys = KEYS.matcher(json.substring(0, end < 0 ? json.length() : end));
        List<String> found = new ArrayList<>();
        while (keys.find()) {
            found.add(keys.group(1));
        }
        return found;
    }

    /** The JSON array's rows, each column's value as PostgreSQL prints it ({@code ->>}). */
    private static List<Map<String, String>> rows(Connection connection, String body) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (PreparedStatement split = connection.prepareStatement(
                "SELECT r.ordinality, e.key, e.value FROM json_array_elements(?::json) WITH ORDINALITY r(row, ordinality),"
                        + " json_each_text(r.row) e ORDER BY r.ordinality")) {
            split.setString(1, body);
            try (ResultSet result = split.executeQuery()) {
                Map<Long, Map<String, String>> byRow = new LinkedHashMap<>();
                while (result.next()) {
                    byRow.computeIfAbsent(result.getLong(1), k -> new LinkedHashMap<>())
                            .put(result.getString(2), result.getString(3));
                }
                rows.addAll(byRow.values());
            }
        }
        return rows;
    }
}
