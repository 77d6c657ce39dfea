package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema history table: which migrations were applied, when, by whom, with which checksum. Its columns
 * are Flyway's, so tools that read Flyway history can read ours, with one difference: {@code checksum} is
 * {@code varchar(100)} holding {@code sha256:<hex>} instead of Flyway's 32-bit CRC integer, because a CRC
 * is too weak to prove a file unchanged and the tag lets the algorithm change later.
 *
 * <p>The name is {@code schema.table} (or just {@code table}, meaning {@code public}); both parts are used
 * exactly as written (quoted), so {@code Audit.History} is case-sensitive.
 */
public final class HistoryTable {

    /** The default, {@code public.pgcraft_schema_history}. */
    public static final String DEFAULT_NAME = "public.pgcraft_schema_history";

    private static final List<String> COLUMNS = List.of("installed_rank", "version", "description", "type",
            "script", "checksum", "installed_by", "installed_on", "execution_time", "success");

    private final String schema;
    private final String table;

    private HistoryTable(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    /** Parses {@code schema.table} or {@code table}; {@code null} or blank means the default. */
    public static HistoryTable named(String name) {
        String value = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        String[] parts = value.split("\\.", -1);
        boolean valid = parts.length <= 2 && !value.contains("\"");
        for (String part : parts) {
            valid &= !part.isEmpty() && part.getBytes(StandardCharsets.UTF_8).length <= 63;
        }
        if (!valid) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-HISTORY-TABLE-NAME",
                    "Invalid history table name '" + value + "': expected schema.table or table, each part "
                            + "1 to 63 bytes, without quotes",
                    "Set pgcraft.historyTable to a name like " + DEFAULT_NAME));
        }
        return parts.length == 1 ? new HistoryTable("public", parts[0]) : new HistoryTable(parts[0], parts[1]);
    }

    /** The schema, as written. */
    public String schema() {
        return schema;
    }

    /** The table's name, as written. */
    public String table() {
        return table;
    }

    /** {@code schema.table} as the user would write it. */
    public String displayName() {
        return schema + "." + table;
    }

    String qualified() {
        return quote(schema) + "." + quote(table);
    }

    /**
     * The advisory-lock key: the first 8 bytes of SHA-256 over the table's name, so every process (and
     * every pgcraft version) migrating the same history table in the same database agrees on it.
     */
    public long lockKey() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("pgcraft-migrate:" + displayName()).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, qualified());
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Creates schema, table and index when missing; callers hold the migrate lock, so nobody races us. */
    void createIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
            statement.execute("CREATE TABLE IF NOT EXISTS " + qualified() + " (\n"
                    + "  installed_rank integer NOT NULL,\n"
                    + "  version varchar(50),\n"
                    + "  description varchar(200) NOT NULL,\n"
                    + "  type varchar(20) NOT NULL,\n"
                    + "  script varchar(1000) NOT NULL,\n"
                    + "  checksum varchar(100),\n"
                    + "  installed_by varchar(100) NOT NULL,\n"
                    + "  installed_on timestamp NOT NULL DEFAULT now(),\n"
                    + "  execution_time integer NOT NULL,\n"
                    + "  success boolean NOT NULL,\n"
                    + "  CONSTRAINT " + quote(truncate(table + "_pk")) + " PRIMARY KEY (installed_rank)\n"
                    + ")");
            statement.execute("CREATE INDEX IF NOT EXISTS " + quote(truncate(table + "_s_idx"))
                    + " ON " + qualified() + " (success)");
        }
    }

    /**
     * Refuses a table of another shape before we write to it, typically Flyway's own history table, whose
     * integer {@code checksum} cannot hold {@code sha256:<hex>} (the insert would fail only after a whole
     * migration had run).
     */
    void checkShape(Connection connection) throws SQLException {
        Map<String, String> types = new HashMap<>();
        // pg_attribute rather than information_schema.columns: the same names and type names, in a fraction of
        // the time (the view joins a dozen catalogs and checks privileges row by row), on every migrate and info.
        try (PreparedStatement statement = connection.prepareStatement("SELECT attname, format_type(atttypid, NULL)"
                + " FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0"
                + " AND NOT attisdropped")) {
            statement.setString(1, qualified());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    types.put(result.getString(1), result.getString(2));
                }
            }
        }
        List<String> missing = COLUMNS.stream().filter(column -> !types.containsKey(column)).toList();
        String checksumType = types.get("checksum");
        boolean textChecksum = "character varying".equals(checksumType) || "text".equals(checksumType);
        if (missing.isEmpty() && textChecksum) {
            return;
        }
        String actual = !missing.isEmpty() ? "it has no column " + String.join(", ", missing)
                : "its checksum column is " + checksumType + " (Flyway's CRC), not text holding sha256:<hex>";
        throw new PgcraftException(Problem.of("PGC-MIGRATE-HISTORY-TABLE-SHAPE",
                displayName() + " is not a pgcraft schema history table: " + actual,
                "Point pgcraft.historyTable at a table of its own, e.g. " + DEFAULT_NAME
                        + " (pgcraft creates it)"));
    }

    /** The rows, checked for shape, or none when the table does not exist yet (nothing created). */
    List<HistoryRow> readIfExists(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        checkShape(connection);
        return read(connection);
    }

    List<HistoryRow> read(Connection connection) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT installed_rank, version, description, type, script, "
                     + "checksum::text, installed_by, installed_on, execution_time, success FROM " + qualified()
                     + " ORDER BY installed_rank")) {
            while (result.next()) {
                String version = result.getString(2);
                Timestamp installedOn = result.getTimestamp(8);
                rows.add(new HistoryRow(result.getInt(1),
                        MigrationVersion.isValid(version) ? MigrationVersion.parse(version) : null,
                        result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                        result.getString(7), installedOn == null ? null : installedOn.toLocalDateTime(),
                        result.getInt(9), result.getBoolean(10)));
            }
        }
        return rows;
    }

    /**
     * Records that {@code file} ran as {@code kind}; runs inside the file's own transaction. {@code success} is
     * false while a non-transactional part is still to run (see {@link #markSucceeded}).
     *
     * @return the new row's {@code installed_rank}
     */
    int insert(Connection connection, ScriptKind kind, MigrationFile file, long millis, boolean success)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + qualified()
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                + " success) SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, current_user, ?, ?"
                + " FROM " + qualified() + " RETURNING installed_rank")) {
            statement.setString(1, file.version().toString());
            statement.setString(2, truncate(file.description(), 200));
            statement.setString(3, kind.historyType());
            statement.setString(4, file.script());
            statement.setString(5, file.checksum());
            statement.setInt(6, clampMillis(millis));
            statement.setBoolean(7, success);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Marks the row finished once the non-transactional part has run, adding that part's time. */
    void markSucceeded(Connection connection, int installedRank, long millis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + qualified()
                + " SET success = true, execution_time = least(execution_time::bigint + ?, 2147483647)"
                + " WHERE installed_rank = ?")) {
            statement.setInt(1, clampMillis(millis));
            statement.setInt(2, installedRank);
            statement.executeUpdate();
        }
    }

    /** Removes one row (repair: a failed attempt). */
    void delete(Connection connection, int installedRank) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + qualified()
                + " WHERE installed_rank = ?")) {
            statement.setInt(1, installedRank);
            statement.executeUpdate();
        }
    }

    /** Sets one row's checksum (repair: a change to an applied file the user allowed). */
    void updateChecksum(Connection connection, int installedRank, String checksum) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + qualified()
                + " SET checksum = ? WHERE installed_rank = ?")) {
            statement.setString(1, checksum);
            statement.setInt(2, installedRank);
            statement.executeUpdate();
        }
    }

    /** Records that the file of {@code applied} was removed on purpose (repair), as Flyway does: a DELETE row. */
    void insertDeleted(Connection connection, HistoryRow applied) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + qualified()
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                + " success) SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, current_user, 0, true"
                + " FROM " + qualified())) {
            statement.setString(1, applied.version().toString());
            statement.setString(2, applied.description());
            statement.setString(3, HistoryRow.DELETED_TYPE);
            statement.setString(4, applied.script());
            statement.setString(5, applied.checksum());
            statement.executeUpdate();
        }
    }

    /** Writes the row of a baseline at {@code version} (baseline: Flyway's shape, script = description). */
    void insertBaseline(Connection connection, MigrationVersion version, String description) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + qualified()
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                + " success) SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, 'BASELINE', ?, NULL, current_user,"
                + " 0, true FROM " + qualified())) {
            statement.setString(1, version.toString());
            statement.setString(2, truncate(description, 200));
            statement.setString(3, truncate(description, 1000));
            statement.executeUpdate();
        }
    }

    /** Writes {@code row} as it is, rank and time included (baseline: a row taken over from Flyway's history). */
    void insertCopy(Connection connection, HistoryRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + qualified()
                + " (installed_rank, version, description, type, script, checksum, installed_by, installed_on,"
                + " execution_time, success) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), ?, ?)")) {
            statement.setInt(1, row.installedRank());
            statement.setString(2, row.version() == null ? null : row.version().toString());
            statement.setString(3, truncate(row.description(), 200));
            statement.setString(4, row.type());
            statement.setString(5, row.script());
            statement.setString(6, row.checksum());
            statement.setString(7, row.installedBy());
            statement.setTimestamp(8, row.installedOn() == null ? null : Timestamp.valueOf(row.installedOn()));
            statement.setInt(9, row.executionMillis());
            statement.setBoolean(10, row.success());
            statement.executeUpdate();
        }
    }

    private static int clampMillis(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String truncate(String identifier) {
        return truncate(identifier, 63);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
