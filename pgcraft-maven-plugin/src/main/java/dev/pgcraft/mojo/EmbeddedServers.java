package dev.pgcraft.mojo;

import dev.pgcraft.embedded.EmbeddedPostgresServer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded servers {@code pgcraft:start} started in this Maven process, so {@code pgcraft:stop} finds them in
 * any module of the build. A shutdown hook stops whatever a failed build left running.
 */
final class EmbeddedServers {

    private static final List<EmbeddedPostgresServer> RUNNING = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::stopAll, "pgcraft-embedded-stop"));
    }

    private EmbeddedServers() {
    }

    static synchronized void add(EmbeddedPostgresServer server) {
        RUNNING.add(server);
    }

    /** A server {@code pgcraft:start} started in this build, if any: generate proves on it rather than start another. */
    static synchronized Optional<EmbeddedPostgresServer> any() {
        return RUNNING.stream().findFirst();
    }

    /** Whether {@code url} points at a server started here (same host and port). */
    static synchronized boolean serves(String url) {
        String target = hostAndPort(url);
        return target != null && RUNNING.stream()
                .anyMatch(server -> target.equals(hostAndPort(server.connectionSettings().url())));
    }

    // jdbc:postgresql://host:port/db?… → host:port
    private static String hostAndPort(String url) {
        String prefix = "jdbc:postgresql://";
        if (url == null || !url.startsWith(prefix)) {
            return null;
        }
        int end = url.indexOf('/', prefix.length());
        return url.substring(prefix.length(), end < 0 ? url.length() : end);
    }

    /** Stops every server started here; returns how many there were. */
    static synchronized int stopAll() {
        int count = RUNNING.size();
        for (EmbeddedPostgresServer server : RUNNING) {
            server.close();
        }
        RUNNING.clear();
        return count;
    }
}
