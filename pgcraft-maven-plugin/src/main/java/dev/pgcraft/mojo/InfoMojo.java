package dev.pgcraft.mojo;

import dev.pgcraft.migrate.Info;
import dev.pgcraft.migrate.InfoTable;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Prints every migration and its state: applied, pending, failed, incomplete (its non-transactional part did not
 * finish), undone, missing locally or changed since it was applied, with whether it has an undo file, when it was
 * applied (or undone) and how long it took.
 */
@Mojo(name = "info", threadSafe = true)
public class InfoMojo extends AbstractDatabaseMojo {

    @Inject
    public InfoMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        String table = InfoTable.render(Info.info(connectionSettings(), migrations.toPath(), historyTable));
        for (String line : table.split("\n")) {
            getLog().info(line);
        }
    }

    @Override
    String goal() {
        return "info";
    }
}
