package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.LockWaitTimeout;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrateResult;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.Migrator;
import dev.pgcraft.targets.TargetOutcome;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Applies pending migrations. Holds a session-level advisory lock while it works, so concurrent runs take turns;
 * checks that every applied migration is unchanged; applies each file together with its history row in one
 * transaction, so a failing file leaves nothing behind. Statements after a {@code -- pgcraft:non-transactional}
 * line (such as {@code CREATE INDEX CONCURRENTLY}) run one by one after that transaction; if one fails, the file
 * is recorded as incomplete and the next migrate resumes with them. Versions undone by {@code pgcraft:undo} are
 * applied again. At the end, each materialized view named in a {@code -- pgcraft:refresh} line of the applied
 * files is refreshed once, in dependency order ({@code CONCURRENTLY} when its mode says so and it is populated).
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractTargetsMojo {

    /**
     * How long to wait for another migrate, undo, repair or clean of the same history table to release its lock,
     * e.g. {@code 30s}, {@code 10min}, {@code 2h} (no unit: milliseconds); {@code 0} waits as long as it takes.
     */
    @Parameter(property = "pgcraft.lockWaitTimeout", defaultValue = LockWaitTimeout.DEFAULT)
    String lockWaitTimeout;

    /** Apply up to and including this version only (default: all pending). */
    @Parameter(property = "pgcraft.target")
    String target;

    /**
     * Write the SQL migrate would run now (with the lock, history writes and non-transactional boundaries as
     * comments) to this file, and run nothing: the database, history table included, is left as it is. With
     * {@code pgcraft.targets}, one file per target beside it, named after the target ({@code plan.sql} becomes
     * {@code plan-tenant-eu.sql}).
     */
    @Parameter(property = "pgcraft.dryRun")
    File dryRun;

    @Inject
    public MigrateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        // A wrong version or timeout fails once, before any target, not once per target.
        MigrationVersion upTo = upTo();
        Duration lockWait = LockWaitTimeout.parse(lockWaitTimeout);
        forEachTarget((target, log) -> {
            MigrateOptions options = options(target.connection(), upTo, lockWait,
                    dryRun == null ? null : manyTargets() ? target.fileBeside(dryRun.toPath()) : dryRun.toPath());
            MigrateResult result = new Migrator().migrate(options, new LoggingListener(log.log,
                    log.prefix()) {
                @Override
                public void applied(MigrationFile file, long millis) {
                    info("Applied " + file.script() + " (" + millis + " ms)");
                }
            });
            return new TargetOutcome(result.versionBefore(), result.versionAfter(), options.dryRun() != null
                    ? "dry run: " + options.dryRun().getFileName() : result.upToDate() ? "up to date"
                    : "applied " + result.applied().size());
        });
    }

    MigrateOptions options() {
        return options(connectionSettings(), upTo(), LockWaitTimeout.parse(lockWaitTimeout),
                dryRun == null ? null : dryRun.toPath());
    }

    private MigrateOptions options(ConnectionSettings connection, MigrationVersion upTo, Duration lockWait,
                                   Path dryRunFile) {
        return new MigrateOptions(connection, migrations.toPath(), historyTable, upTo, lockWait, dryRunFile);
    }

    private MigrationVersion upTo() {
        return target == null || target.isBlank() ? null : MigrationVersion.parse(target);
    }

    @Override
    String goal() {
        return "migrate";
    }
}
