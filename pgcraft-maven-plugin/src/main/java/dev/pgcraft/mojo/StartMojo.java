package dev.pgcraft.mojo;

import dev.pgcraft.embedded.EmbeddedPostgresServer;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;

/**
 * Starts an embedded PostgreSQL (real server binaries from Maven Central, no Docker) on a free port, and sets
 * {@code pgcraft.url} and {@code pgcraft.user} for the later goals of the same build, in every module.
 * {@code pgcraft:stop}, or the end of the Maven process, stops it.
 */
@Mojo(name = "start", threadSafe = true)
public class StartMojo extends AbstractEmbeddedMojo {

    /** Port to listen on; 0 picks a free one. */
    @Parameter(property = "pgcraft.embedded.port", defaultValue = "0")
    int port;

    @Inject
    public StartMojo(RepositorySystem repositorySystem) {
        super(repositorySystem);
    }

    @Override
    void run() {
        EmbeddedPostgresServer server = startEmbedded(port);
        EmbeddedServers.add(server);
        String url = server.connectionSettings().url();
        String user = server.connectionSettings().user();
        // Project properties serve later goals of this module; session user properties those of every module.
        project.getProperties().setProperty("pgcraft.url", url);
        project.getProperties().setProperty("pgcraft.user", user);
        session.getUserProperties().setProperty("pgcraft.url", url);
        session.getUserProperties().setProperty("pgcraft.user", user);
        getLog().info("Started embedded PostgreSQL " + server.serverVersion() + " at " + url + " (user " + user
                + "); pgcraft.url is set for the rest of this build.");
    }

    @Override
    String goal() {
        return "start";
    }
}
