package dev.pgcraft.mojo;

import org.apache.maven.plugins.annotations.Mojo;

/** Stops the embedded PostgreSQL servers {@code pgcraft:start} started in this build. */
@Mojo(name = "stop", threadSafe = true)
public class StopMojo extends AbstractPgcraftMojo {

    @Override
    void run() {
        int stopped = EmbeddedServers.stopAll();
        getLog().info(stopped == 0 ? "No embedded PostgreSQL was started in this build; nothing to stop."
                : "Stopped " + stopped + " embedded PostgreSQL server" + (stopped == 1 ? "" : "s") + ".");
    }

    @Override
    String goal() {
        return "stop";
    }
}
