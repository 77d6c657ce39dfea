package dev.pgcraft.mojo;

import dev.pgcraft.drift.Drifter;
import dev.pgcraft.embedded.EmbeddedPostgresServer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The throwaway servers of one {@code drift} run, one per PostgreSQL version asked for (started on first use, so a
 * run over databases of one major version starts one), each with its {@link Drifter}. Closing stops them all.
 */
final class ComparisonServers implements AutoCloseable {

    private final Function<String, EmbeddedPostgresServer> start;
    private final Consumer<String> info;
    private final Consumer<String> debug;
    private final Map<String, Drifter> drifters = new LinkedHashMap<>();
    private final List<EmbeddedPostgresServer> servers = new ArrayList<>();

    /**
     * @param start starts a server of the given {@code pgcraft.embedded.version}
     * @param info  logs the start of each server
     * @param debug receives replay progress
     */
    ComparisonServers(Function<String, EmbeddedPostgresServer> start, Consumer<String> info, Consumer<String> debug) {
        this.start = start;
        this.info = info;
        this.debug = debug;
    }

    /** The drifter on a server of {@code version}, started now if there is none yet. */
    synchronized Drifter drifter(String version) {
        Drifter drifter = drifters.get(version);
        if (drifter == null) {
            EmbeddedPostgresServer server = start.apply(version);
            servers.add(server);
            info.accept("Replaying the applied migrations on a throwaway embedded PostgreSQL " + server.serverVersion()
                    + ".");
            drifter = new Drifter(server.connectionSettings(), debug);
            drifters.put(version, drifter);
        }
        return drifter;
    }

    @Override
    public synchronized void close() {
        drifters.values().forEach(Drifter::close);
        servers.forEach(EmbeddedPostgresServer::close);
        drifters.clear();
        servers.clear();
    }
}
