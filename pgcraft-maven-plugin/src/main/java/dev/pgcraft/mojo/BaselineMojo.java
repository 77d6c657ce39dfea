package dev.pgcraft.mojo;

import dev.pgcraft.migrate.BaselineOptions;
import dev.pgcraft.migrate.Baseliner;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Adopts a database that something else built, so {@code migrate} goes on from where it is. With
 * {@code pgcraft.baselineVersion} it writes one {@code BASELINE} row: migrations up to that version are taken as
 * applied and never run, later ones are applied by migrate (Flyway's meaning). Without it, when Flyway's history
 * table exists, it takes Flyway's history over row by row, each file proven to be the one Flyway ran. Refused when
 * the history table already has rows, when the database is empty, when the version is no migration file's, and
 * below a version Flyway applied. Takes the migrate lock; one transaction.
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

    @Inject
    public BaselineMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        new Baseliner().baseline(options(), new LoggingListener(getLog()));
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
