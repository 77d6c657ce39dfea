package dev.pgcraft.mojo;

import dev.pgcraft.adopt.AdoptOptions;
import dev.pgcraft.adopt.Adopter;
import dev.pgcraft.migrate.BaselineOptions;
import dev.pgcraft.migrate.Baseliner;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

import javax.inject.Inject;
import java.io.File;

/**
 * Adopts a database that something else built, so {@code migrate} goes on from where it is. With
 * {@code pgcraft.baselineVersion} it writes one {@code BASELINE} row: migrations up to that version are taken as
 * applied and never run, later ones are applied by migrate (Flyway's meaning). Without it, when Flyway's history
 * table exists, it takes Flyway's history over row by row, each file proven to be the one Flyway ran. Refused when
 * the history table already has rows, when the database is empty, when the version is no migration file's, and
 * below a version Flyway applied. Takes the migrate lock; one transaction. With {@code pgcraft.baselineSnapshot=true}
 * it also writes the snapshot of the model, once a throwaway embedded PostgreSQL has shown that the model builds
 * exactly what the database has, so the next {@code generate} is incremental.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractLockingMojo {

    /**
     * The version the database is at, e.g. {@code 3}: files up to it are taken as applied. Must be a migration
     * file's version when there are files. Leave it out to take over Flyway's history instead.
     */
    @Parameter(property = "pgcraft.baselineVersion")
    String baselineVersion;

    /** The description (and script) of the baseline row. */
    @Parameter(property = "pgcraft.baselineDescription", defaultValue = BaselineOptions.DEFAULT_DESCRIPTION)
    String baselineDescription;

    /** Flyway's history table, {@code schema.table}, taken over when {@code pgcraft.baselineVersion} is not set. */
    @Parameter(property = "pgcraft.flywayTable", defaultValue = BaselineOptions.DEFAULT_FLYWAY_TABLE)
    String flywayTable;

    /**
     * Also writes the snapshot, so the next {@code generate} is incremental: only after proving, on a throwaway
     * embedded PostgreSQL, that the model built from scratch has exactly the catalog the database has in the
     * model's schemas. With no migration yet it also writes the model as {@code V<baselineVersion>__baseline.sql}
     * (never run on this database; it builds the same schema in a new one).
     */
    @Parameter(property = "pgcraft.baselineSnapshot", defaultValue = "false")
    boolean baselineSnapshot;

    /** The model file (read with {@code pgcraft.baselineSnapshot}). */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** PostgreSQL major version (14 to 18) of the throwaway server that proves the snapshot. */
    @Parameter(property = "pgcraft.embedded.version", defaultValue = "18")
    String embeddedVersion;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project.build.directory}/pgcraft-embedded", readonly = true)
    File workDir;

    private final RepositorySystem repositorySystem;

    @Inject
    public BaselineMojo(SettingsDecrypter decrypter, RepositorySystem repositorySystem) {
        super(decrypter);
        this.repositorySystem = repositorySystem;
    }

    @Override
    void run() {
        LoggingListener listener = new LoggingListener(getLog());
        if (!baselineSnapshot) {
            new Baseliner().baseline(options(), listener);
            return;
        }
        new Adopter(getLog()::debug).adopt(adoptOptions(), options(),
                () -> EmbeddedLauncher.start(repositorySystem, session, project, embeddedVersion, workDir, 0), listener);
    }

    AdoptOptions adoptOptions() {
        return new AdoptOptions(config.toPath(), displayName(config), migrations.toPath(), historyTable, flywayTable,
                BaselineOptions.parseVersion(baselineVersion));
    }

    BaselineOptions options() {
        return new BaselineOptions(connectionSettings(), migrations.toPath(), historyTable,
                BaselineOptions.parseVersion(baselineVersion), baselineDescription, flywayTable, lockWait());
    }

    @Override
    String goal() {
        return "baseline";
    }
}
