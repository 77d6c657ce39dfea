package dev.pgcraft.mojo;

import dev.pgcraft.migrate.Info;
import dev.pgcraft.migrate.InfoTable;
import dev.pgcraft.migrate.MigrationInfo;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.targets.TargetOutcome;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.List;

/**
 * Prints every migration and its state: applied, pending, failed, incomplete (its non-transactional part did not
 * finish), undone, missing locally or changed since it was applied, with whether it has an undo file, when it was
 * applied (or undone) and how long it took. With {@code pgcraft.targets}, a table per database, then a summary
 * line per database with its version and how many migrations are pending.
 */
@Mojo(name = "info", threadSafe = true)
public class InfoMojo extends AbstractTargetsMojo {

    @Inject
    public InfoMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    void run() {
        forEachTarget((target, log) -> {
            List<MigrationInfo> infos = Info.info(target.connection(), migrations.toPath(), historyTable);
            for (String line : InfoTable.render(infos).split("\n")) {
                log.info(line);
            }
            MigrationVersion version = infos.stream().filter(info -> info.state().inEffect())
                    .map(MigrationInfo::version).reduce((first, second) -> second).orElse(null);
            long pending = infos.stream().filter(info -> switch (info.state()) {
                case PENDING, UNDONE, INCOMPLETE -> true;
                default -> false;
            }).count();
            return TargetOutcome.unchanged(version, pending + " pending");
        });
    }

    @Override
    String goal() {
        return "info";
    }
}
