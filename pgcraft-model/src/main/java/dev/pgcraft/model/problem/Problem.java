package dev.pgcraft.model.problem;

import java.util.Objects;

/**
 * One thing that is wrong, said so that a user can fix it without reading our code.
 *
 * @param code     stable identifier such as {@code PGC-CONFIG-DUPLICATE-COLUMN}; never changes meaning
 * @param location where, or {@code null} when the problem has no place in a file
 * @param message  what happened, including expected versus actual
 * @param fix      what to do next, or {@code null} when the message already says it
 */
public record Problem(String code, SourceLocation location, String message, String fix) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(SourceLocation location, String code, String message, String fix) {
        return new Problem(code, location, message, fix);
    }

    public static Problem of(String code, String message, String fix) {
        return new Problem(code, null, message, fix);
    }

    /** {@code file:line:col: message [code]} then the fix on its own line. */
    public String render() {
        StringBuilder text = new StringBuilder();
        if (location != null) {
            text.append(location).append(": ");
        }
        text.append(message).append(" [").append(code).append(']');
        if (fix != null && !fix.isEmpty()) {
            text.append(System.lineSeparator()).append("  ").append(fix);
        }
        return text.toString();
    }
}
