package dev.pgcraft.targets;

import dev.pgcraft.db.ConnectionSettings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One database of a many-target run.
 *
 * @param name       how log lines and the summary name it: the settings.xml server id, or host, port and
 *                   database of its URL
 * @param connection where and as whom to connect
 */
public record Target(String name, ConnectionSettings connection) {

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(connection, "connection");
    }

    /** A target named after its URL: {@code jdbc:postgresql://db:5432/app?ssl=true} is {@code db:5432/app}. */
    public static Target ofUrl(ConnectionSettings connection) {
        String name = connection.safeUrl().replaceFirst("^jdbc:postgresql:(//)?", "");
        int query = name.indexOf('?');
        return new Target(query < 0 ? name : name.substring(0, query), connection);
    }

    /**
     * A file of this target's own beside {@code file}: its name with the target's name inserted before the
     * extension, characters other than letters, digits, dot, dash and underscore as {@code _}
     * ({@code target/plan.sql} for {@code db:5432/app} is {@code target/plan-db_5432_app.sql}).
     */
    public Path fileBeside(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        String stem = dot <= 0 ? base : base.substring(0, dot);
        String extension = dot <= 0 ? "" : base.substring(dot);
        return file.resolveSibling(stem + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + extension);
    }

    /** What every log line of this target starts with, so lines of targets run at once can be told apart. */
    public String logPrefix() {
        return "[" + name + "] ";
    }
}
