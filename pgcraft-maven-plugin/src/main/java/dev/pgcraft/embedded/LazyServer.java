package dev.pgcraft.embedded;

import java.util.function.Supplier;

/**
 * A throwaway server started on first use and stopped on close: a run that turns out to need none (a model that does
 * not load, a refusal, nothing to write) never starts one. Not thread-safe: one goal's run uses it.
 */
public final class LazyServer implements AutoCloseable {

    private final Supplier<EmbeddedPostgresServer> start;
    private EmbeddedPostgresServer server;

    /** @param start starts the server, called at most once */
    public LazyServer(Supplier<EmbeddedPostgresServer> start) {
        this.start = start;
    }

    /** The server, started now if it was not yet. */
    public EmbeddedPostgresServer get() {
        if (server == null) {
            server = start.get();
        }
        return server;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
