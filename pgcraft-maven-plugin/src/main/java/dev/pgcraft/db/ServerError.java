package dev.pgcraft.db;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/**
 * The parts of a PostgreSQL error a user needs, taken from the server's structured fields rather than the
 * driver's {@code toString()}, so messages read the same whatever the driver version.
 *
 * @param message  the primary message, without the {@code ERROR:} prefix
 * @param sqlState the SQLSTATE, or {@code null} when the driver gave none
 * @param detail   the server's DETAIL, or {@code null}
 * @param hint     the server's HINT, or {@code null}
 * @param position 1-based character position in the statement, or 0 when the server gave none
 */
public record ServerError(String message, String sqlState, String detail, String hint, int position) {

    public static ServerError of(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            return new ServerError(server.getMessage(), orElse(server.getSQLState(), e.getSQLState()),
                    server.getDetail(), server.getHint(), server.getPosition());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ServerError(message, e.getSQLState(), null, null, 0);
    }

    /** {@code message (SQLSTATE x)}, then {@code Detail:} and {@code Hint:} lines when present. */
    public String describe() {
        StringBuilder text = new StringBuilder(message);
        if (sqlState != null) {
            text.append(" (SQLSTATE ").append(sqlState).append(')');
        }
        if (detail != null && !detail.isBlank()) {
            text.append(System.lineSeparator()).append("Detail: ").append(detail);
        }
        if (hint != null && !hint.isBlank()) {
            text.append(System.lineSeparator()).append("Hint: ").append(hint);
        }
        return text.toString();
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
