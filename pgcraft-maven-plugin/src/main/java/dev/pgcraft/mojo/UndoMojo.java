package dev.pgcraft.mojo;

import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.UndoOptions;
import dev.pgcraft.migrate.Undoer;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Undoes applied migrations by running their undo files ({@code U<version>__<description>.sql}, beside the
 * migration {@code V<version>__<description>.sql}), newest first. Without {@code pgcraft.target} it undoes only
 * the latest applied version. Takes the same lock and makes the same checks as {@code migrate}, and checks that
 * every needed undo file exists before undoing anything. Each undo file runs in its own transaction with a history
 * row of type {@code UNDO_SQL}; the undone versions are pending again for the next {@code migrate}. Materialized
 * views named in a {@code -- pgcraft:refresh} line of the undo files run are refreshed at the end, as by
 * {@code migrate}.
 */
@Mojo(name = "undo", threadSafe = true)
public class UndoMojo extends AbstractLockingMojo {

    /**
     * The version the database must be at afterwards: every applied version above it is undone. It must be an
     * applied version, or {@code 0} to undo all. Default: undo only the latest applied version.
     */
    @Parameter(property = "pgcraft.target")
    String target;

    @Inject
    public UndoMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        new Undoer().undo(options(), new LoggingListener(getLog()) {
            @Override
            public void undone(MigrationFile undoFile, long millis) {
                log.info("Undid version " + undoFile.version() + " with " + undoFile.script() + " (" + millis
                        + " ms)");
            }
        });
    }

    UndoOptions options() {
        return new UndoOptions(connectionSettings(), migrations.toPath(), historyTable,
                target == null || target.isBlank() ? null : MigrationVersion.parse(target),
                lockWait());
    }

    @Override
    String goal() {
        return "undo";
    }
}
