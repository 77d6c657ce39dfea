package dev.pgcraft.mojo;

import dev.pgcraft.drift.DriftOptions;
import dev.pgcraft.drift.DriftResult;
import dev.pgcraft.drift.Drifter;
import dev.pgcraft.drift.SchemaScope;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.embedded.EmbeddedBinaries;
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
 * do not own are ignored unless {@code pgcraft.driftSchemas} asks for them. The throwaway server runs the live
 * server's major version unless {@code pgcraft.embedded.version} says otherwise. Made for a nightly job; with
 * {@code pgcraft.targets}, over many databases, which share one throwaway server per major version.
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
     * replayed on. Default: the live database's major version (so definitions are printed alike), or 18 when it
     * is not one of those.
     */
    @Parameter(property = "pgcraft.embedded.version")
    String version;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project.build.directory}/pgcraft-embedded", readonly = true)
    File workDir;

    // The newest major version with pinned binaries: for a live server older or newer than any of them.
    private static final String DEFAULT_VERSION = "18";

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
        try (ComparisonServers servers = new ComparisonServers(
                v -> EmbeddedLauncher.start(repositorySystem, session, project, v, workDir, 0),
                getLog()::info, getLog()::debug)) {
            forEachTarget((target, log) -> {
                DriftResult result = servers.drifter(comparisonVersion(target.connection())).drift(options,
                        target.connection());
                result.throwIfDrifted();
                log.info(result.summary());
                return TargetOutcome.unchanged(result.version(), "no drift");
            });
        }
    }

    private String comparisonVersion(ConnectionSettings live) {
        if (version != null && !version.isBlank()) {
            return version;
        }
        int major = Drifter.serverMajor(live);
        return EmbeddedBinaries.hasMajor(major) ? String.valueOf(major) : DEFAULT_VERSION;
    }

    @Override
    String goal() {
        return "drift";
    }
}
