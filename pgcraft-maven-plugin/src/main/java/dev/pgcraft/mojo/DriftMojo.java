package dev.pgcraft.mojo;

import dev.pgcraft.drift.DriftOptions;
import dev.pgcraft.drift.DriftResult;
import dev.pgcraft.drift.Drifter;
import dev.pgcraft.drift.SchemaScope;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.targets.TargetOutcome;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;
import java.io.File;

/**
 * Checks that a live database is still what its applied migrations made. Reads which migrations its history says
 * are applied (undone and pending ones left out), replays those files on a throwaway embedded PostgreSQL, and
 * compares the two catalogs (tables, columns, constraints, indexes, views, functions, triggers, policies, grants,
 * comments) in the schemas those migrations own. Fails the build naming each object added, dropped or changed
 * outside the migrations, with each side's definition; logs "No drift" otherwise. Read-only on the live database:
 * two short read-only transactions, no lock, nothing created (not even the history table). Schemas the migrations
 * do not own are ignored unless {@code pgcraft.driftSchemas} asks for them. Made for a nightly job; with
 * {@code pgcraft.targets}, over many databases, which share one throwaway server.
 */
@Mojo(name = "drift", threadSafe = true)
public class DriftMojo extends AbstractTargetsMojo {

    /**
     * Further schemas to compare besides those the applied migrations own, comma-separated, or {@code *} for every
     * schema that is not PostgreSQL's own (objects in any other schema then count as added).
     */
    @Parameter(property = "pgcraft.driftSchemas")
    String driftSchemas;

    /**
     * PostgreSQL major version (14 to 18) or exact binaries version of the throwaway server the migrations are
     * replayed on; best the live database's major version, so definitions are printed alike.
     */
    @Parameter(property = "pgcraft.embedded.version", defaultValue = "18")
    String version;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project.build.directory}/pgcraft-embedded", readonly = true)
    File workDir;

    private final RepositorySystem repositorySystem;

    @Inject
    public DriftMojo(SettingsDecrypter decrypter, RepositorySystem repositorySystem) {
        super(decrypter);
        this.repositorySystem = repositorySystem;
    }

    @Override
    void run() {
        DriftOptions options = new DriftOptions(migrations.toPath(), displayName(migrations), historyTable,
                SchemaScope.parse(driftSchemas));
        checkTargets();
        try (EmbeddedPostgresServer server = EmbeddedLauncher.start(repositorySystem, session, project, version,
                workDir, 0);
             Drifter drifter = new Drifter(server.connectionSettings(), getLog()::debug)) {
            getLog().info("Replaying the applied migrations on a throwaway embedded PostgreSQL "
                    + server.serverVersion() + ".");
            forEachTarget((connection, log) -> {
                DriftResult result = drifter.drift(options, connection);
                result.throwIfDrifted();
                log.info(result.summary());
                return TargetOutcome.unchanged(result.version(), "no drift");
            });
        }
    }

    @Override
    String goal() {
        return "drift";
    }
}
