package dev.pgcraft.mojo;

import dev.pgcraft.migrate.Validator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Checks, without changing anything, everything migrate checks before it applies: applied migrations unchanged
 * (checksums), none missing locally, none pending below the latest applied (out of order), no failed or
 * incomplete undo, and every pending file able to run on this server (minimum PostgreSQL version, no transaction
 * control, {@code standard_conforming_strings} on). Fails listing every problem; pending migrations are fine.
 * Takes no lock and creates no history table, so it is safe against production at any time.
 */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends AbstractDatabaseMojo {

    @Inject
    public ValidateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        getLog().info(Validator.validate(connectionSettings(), migrations.toPath(), historyTable).summary());
    }

    @Override
    String goal() {
        return "validate";
    }
}
