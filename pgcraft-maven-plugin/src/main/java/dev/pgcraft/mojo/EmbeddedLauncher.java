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

import java.io.File;
import java.nio.file.Path;

/**
 * Starts an embedded PostgreSQL whose binaries (zonky's jars on Maven Central) Maven resolves like any artifact,
 * so the project's repositories, mirrors, proxies and offline mode apply. Shared by the goals that start one:
 * {@code start}, {@code verify}, {@code generate} (proving), {@code drift} and {@code baseline} (proving a snapshot).
 */
final class EmbeddedLauncher {

    private EmbeddedLauncher() {
    }

    /** Starts a server of {@code version} on {@code port} (0: any free port); the caller stops it. */
    static EmbeddedPostgresServer start(RepositorySystem repositorySystem, MavenSession session, MavenProject project,
                                        String version, File workDir, int port) {
        Path binaries = resolve(repositorySystem, session, project, EmbeddedBinaries.forVersion(version));
        return EmbeddedPostgresServer.start(new EmbeddedOptions(binaries, workDir.toPath(), port));
    }

    private static Path resolve(RepositorySystem repositorySystem, MavenSession session, MavenProject project,
                                BinariesCoordinates coordinates) {
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
