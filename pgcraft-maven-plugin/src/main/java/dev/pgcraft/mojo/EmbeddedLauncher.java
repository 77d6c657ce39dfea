package dev.pgcraft.mojo;

import dev.pgcraft.embedded.BinariesCoordinates;
import dev.pgcraft.embedded.EmbeddedBinaries;
import dev.pgcraft.embedded.EmbeddedOptions;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.nio.file.Path;

/**
 * Starts an embedded PostgreSQL whose binaries (zonky's jars on Maven Central) Maven resolves like any artifact,
 * through the project's repositories, mirrors, proxies and offline mode. Used by {@code start} and {@code verify}.
 */
final class EmbeddedLauncher {

    private final RepositorySystem repositorySystem;
    private final MavenSession session;
    private final MavenProject project;

    EmbeddedLauncher(RepositorySystem repositorySystem, MavenSession session, MavenProject project) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.project = project;
    }

    /**
     * @param version a major version (14 to 18) or an exact binaries version such as {@code 17.7.0}
     * @param workDir where the binaries are unpacked and the data directory lives
     * @param port    the port to listen on, 0 for any free one
     */
    EmbeddedPostgresServer start(String version, Path workDir, int port) {
        Path binaries = resolve(EmbeddedBinaries.forVersion(version));
        return EmbeddedPostgresServer.start(new EmbeddedOptions(binaries, workDir, port));
    }

    private Path resolve(BinariesCoordinates coordinates) {
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), "jar", coordinates.version()),
                project.getRemoteProjectRepositories(), null);
        try {
            return repositorySystem.resolveArtifact(session.getRepositorySession(), request).getArtifact().getFile()
                    .toPath();
        } catch (ArtifactResolutionException e) {
            throw new PgcraftException(Problem.of("PGC-EMBEDDED-BINARIES",
                    "cannot download the PostgreSQL binaries " + coordinates + ": " + e.getMessage(),
                    "Check the network and repository settings, or choose another pgcraft.embedded.version."), e);
        }
    }
}
