package dev.pgcraft.prove;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ScratchDatabases;
import dev.pgcraft.generate.Proof;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.model.schema.SchemaState;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The view probe and the prover of one {@code generate}, sharing the model they build: the probe builds the model
 * without its views in a throwaway database to ask PostgreSQL about the views, and keeps that database; the prover
 * then adds the views and what is over them there, instead of building the whole model again in a new one. A model
 * is built from scratch once per generate instead of twice (only when the model's views changed: otherwise the probe
 * is not asked). Closing drops a database the prover did not take, e.g. when there was nothing to write.
 */
public final class ProvingSession implements AutoCloseable {

    /** A database with the model built in it but for its views and what is over them ({@code base}). */
    record KeptBase(ConnectionSettings admin, String name, SchemaState base) {
    }

    private final ServerViewProbe views;
    private final Prover prover;
    private KeptBase kept;

    /**
     * @param server a connection to a throwaway server as a role that may create databases (asked for lazily)
     * @param debug  receives progress (logged at debug level)
     */
    public ProvingSession(Supplier<ConnectionSettings> server, Consumer<String> debug) {
        this.views = new ServerViewProbe(server, debug, this::keep);
        this.prover = new Prover(server, debug, this::take);
    }

    public ViewProbe views() {
        return views;
    }

    public Proof prover() {
        return prover;
    }

    private void keep(KeptBase base) {
        dropKept();
        kept = base;
    }

    /** The kept database, now the caller's to drop; or {@code null}. */
    private KeptBase take() {
        KeptBase taken = kept;
        kept = null;
        return taken;
    }

    private void dropKept() {
        if (kept != null) {
            ScratchDatabases.dropQuietly(kept.admin(), kept.name());
            kept = null;
        }
    }

    @Override
    public void close() {
        dropKept();
    }
}
