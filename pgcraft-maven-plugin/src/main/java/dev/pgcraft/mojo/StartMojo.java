package dev.pgcraft.mojo;

import dev.pgcraft.embedded.EmbeddedPostgresServer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;
import java.io.File;

/**
 * Starts an embedded PostgreSQL (real server binaries from Maven Central, no Docker) on a free port, and sets
 * {@code pgcraft.url} and {@code pgcraft.user} for the later goals of the same build, in every module.
 * {@code pgcraft:stop}, or the end of the Maven process, stops it.
 */
@Mojo(name = "start", threadSafe = true)
public class StartMojo extends AbstractPgcraftMojo {

    /** PostgreSQL major version (14 to 18) or an exact binaries version such as {@code 17.7.0}. */
    @Parameter(property = "pgcraft.embedded.version", defaultValue = "18")
    String version;

    /** Port to listen on; 0 picks a free one. */
    @Parameter(property = "pgcraft.embedded.port", defaultValue = "0")
    int port;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project.build.directory}/pgcraft-embedded", readonly = true)
    File workDir;

    private final RepositorySystem repositorySystem;

    @Inject
    public StartMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    void run() {
        EmbeddedPostgresServer server = new EmbeddedLauncher(repositorySystem, session, project)
                .start(version, workDir.toPath(), port);
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
