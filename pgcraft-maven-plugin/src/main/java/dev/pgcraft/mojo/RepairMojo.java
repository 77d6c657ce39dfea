package dev.pgcraft.mojo;

import dev.pgcraft.migrate.RepairOptions;
import dev.pgcraft.migrate.Repairer;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Repairs the history table, saying each row it changes: removes the rows of failed attempts (what ran of them is
 * not undone), accepts the new checksums of applied files the user names in {@code pgcraft.repairChecksums}, and
 * marks applied versions whose files are gone as deleted. Takes the migrate lock; one transaction.
 */
@Mojo(name = "repair", threadSafe = true)
public class RepairMojo extends AbstractLockingMojo {

    /**
     * Versions whose changed files are accepted as applied, e.g. {@code V3,V4}, or {@code all}. Without it a
     * changed applied file stops the repair.
     */
    @Parameter(property = "pgcraft.repairChecksums")
    String repairChecksums;

    @Inject
    public RepairMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        new Repairer().repair(options(), new LoggingListener(getLog()));
    }

    RepairOptions options() {
        return RepairOptions.withChecksums(connectionSettings(), migrations.toPath(), historyTable, repairChecksums,
                lockWait());
    }

    @Override
    String goal() {
        return "repair";
    }
}
