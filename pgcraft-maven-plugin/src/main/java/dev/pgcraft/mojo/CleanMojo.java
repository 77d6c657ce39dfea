package dev.pgcraft.mojo;

import dev.pgcraft.migrate.CleanOptions;
import dev.pgcraft.migrate.Cleaner;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;

/**
 * Drops everything the model owns (its schemas with all they hold, what it put into {@code public}, its roles) and
 * the history table, in one transaction under the migrate lock. Disabled unless {@code pgcraft.cleanDisabled=false}
 * (as Flyway since 9), and refused on any server but an embedded one started by {@code pgcraft:start} in this build
 * unless {@code pgcraft.cleanNonEmbedded=true} too; a refusal lists what it would have dropped.
 */
@Mojo(name = "clean", threadSafe = true)
public class CleanMojo extends AbstractLockingMojo {

    /** The model file: what it declares is what clean drops. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** Clean refuses while this is true; set {@code false} to let it drop the model's objects. */
    @Parameter(property = "pgcraft.cleanDisabled", defaultValue = "true")
    boolean cleanDisabled;

    /** Lets clean drop on a server that is not an embedded one this build started (with cleanDisabled=false). */
    @Parameter(property = "pgcraft.cleanNonEmbedded", defaultValue = "false")
    boolean cleanNonEmbedded;

    @Inject
    public CleanMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        new Cleaner(registry()).clean(options(), new LoggingListener(getLog()));
    }

    CleanOptions options() {
        return new CleanOptions(config.toPath(), displayName(config), connectionSettings(), historyTable,
                cleanDisabled, EmbeddedServers.serves(url), cleanNonEmbedded, lockWait());
    }

    @Override
    String goal() {
        return "clean";
    }
}
