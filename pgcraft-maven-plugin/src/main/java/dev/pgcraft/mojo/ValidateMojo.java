package dev.pgcraft.mojo;

import dev.pgcraft.migrate.ValidateResult;
import dev.pgcraft.migrate.Validator;
import dev.pgcraft.targets.TargetOutcome;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Checks, without changing anything, everything migrate checks before it applies: applied migrations unchanged
 * (checksums), none missing locally, none pending below the latest applied (out of order), no failed or
 * incomplete undo, and every pending file able to run on this server (minimum PostgreSQL version, no transaction
 * control, {@code standard_conforming_strings} on). Fails listing every problem; pending migrations are fine.
 * Takes no lock and creates no history table, so it is safe against production at any time; with
 * {@code pgcraft.targets}, against many databases at once.
 */
@Mojo(name = "validate", threadSafe = true)
public class ValidateMojo extends AbstractTargetsMojo {

    @Inject
    public ValidateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        forEachTarget((target, log) -> {
            ValidateResult result = Validator.validate(target.connection(), migrations.toPath(), historyTable);
            log.info(result.summary());
            return TargetOutcome.unchanged(result.version(), "valid, " + result.pending() + " pending");
        });
    }

    @Override
    String goal() {
        return "validate";
    }
}
