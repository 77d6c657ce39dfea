package dev.pgcraft.mojo;

import dev.pgcraft.embedded.BinariesCoordinates;
import dev.pgcraft.embedded.EmbeddedBinaries;
import dev.pgcraft.embedded.EmbeddedOptions;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.io.File;
import java.nio.file.Path;

/**
 * The goals that start an embedded PostgreSQL ({@code start}, {@code verify}). Its binaries (zonky's jars on
 * Maven Central) are resolved by Maven like any artifact, so the project's repositories, mirrors, proxies and
 * offline mode apply.
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
        Path binaries = resolve(EmbeddedBinaries.forVersion(version));
        return EmbeddedPostgresServer.start(new EmbeddedOptions(binaries, workDir.toPath(), port));
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
