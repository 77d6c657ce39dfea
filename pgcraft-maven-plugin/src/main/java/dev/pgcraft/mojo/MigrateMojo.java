package dev.pgcraft.mojo;

import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;

/**
 * Applies pending migrations. Holds a session-level advisory lock while it works, so concurrent runs take turns;
 * checks that every applied migration is unchanged; applies each file together with its history row in one
 * transaction, so a failing file leaves nothing behind. Statements after a {@code -- pgcraft:non-transactional}
 * line (such as {@code CREATE INDEX CONCURRENTLY}) run one by one after that transaction; if one fails, the file
 * is recorded as incomplete and the next migrate resumes with them. Versions undone by {@code pgcraft:undo} are
 * applied again.
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractLockingMojo {

    /** Apply up to and including this version only (default: all pending). */
    @Parameter(property = "pgcraft.target")
    String target;

    /**
     * Write the SQL migrate would run now (with the lock, history writes and non-transactional boundaries as
     * comments) to this file, and run nothing: the database, history table included, is left as it is.
     */
    @Parameter(property = "pgcraft.dryRun")
    File dryRun;

    @Inject
    public MigrateMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        new Migrator().migrate(options(), new LoggingListener(getLog()) {
            @Override
            public void applied(MigrationFile file, long millis) {
                log.info("Applied " + file.script() + " (" + millis + " ms)");
            }
        });
    }

    MigrateOptions options() {
        return new MigrateOptions(connectionSettings(), migrations.toPath(), historyTable,
                target == null || target.isBlank() ? null : MigrationVersion.parse(target),
                lockWait(), dryRun == null ? null : dryRun.toPath());
    }

    @Override
    String goal() {
        return "migrate";
    }
}
