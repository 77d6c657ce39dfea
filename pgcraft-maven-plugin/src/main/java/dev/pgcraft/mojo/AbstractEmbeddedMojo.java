package dev.pgcraft.mojo;

import dev.pgcraft.embedded.EmbeddedPostgresServer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;

import java.io.File;

/**
 * The goals that start an embedded PostgreSQL ({@code start}, {@code verify}); see {@link EmbeddedLauncher}.
 */
abstract class AbstractEmbeddedMojo extends AbstractPgcraftMojo {

    /** PostgreSQL major version (14 to 18) or an exact binaries version such as {@code 17.7.0}. */
    @Parameter(property = "pgcraft.embedded.version", defaultValue = "18")
    String version;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project.build.directory}/pgcraft-embedded", readonly = true)
    File workDir;

    private final RepositorySystem repositorySystem;

    AbstractEmbeddedMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    /** Starts a server of {@link #version} on {@code port} (0: any free port); the caller stops it. */
    final EmbeddedPostgresServer startEmbedded(int port) {
        return EmbeddedLauncher.start(repositorySystem, session, project, version, workDir, port);
    }
}
