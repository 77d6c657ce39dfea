package dev.pgcraft.report;

import dev.pgcraft.migrate.Info;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationFiles;
import dev.pgcraft.migrate.MigrationInfo;
import dev.pgcraft.migrate.MigrationScanner;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code pgcraft:report}: {@code index.html} and the Mermaid bundle beside it, so the page shows its diagrams with
 * no network. With a database configured, each migration shows its state there (read-only, as
 * {@code pgcraft:info}); without one, the files are listed.
 */
public final class ReportWriter {

    /** The page's file name. */
    public static final String PAGE = "index.html";

    /** Where the build puts the Mermaid bundle, taken from the mermaid webjar (see the plugin's pom.xml). */
    private static final String MERMAID_RESOURCE = "/dev/pgcraft/report/mermaid/mermaid.min";

    private ReportWriter() {
    }

    /** Writes the report and returns the page. */
    public static Path write(ReportOptions options) {
        ModelDescription model = ModelDescriber.describe(options.config(), options.configDisplayName());
        String page;
        if (options.database() == null) {
            MigrationFiles files = MigrationScanner.scanAll(options.migrations());
            page = ReportPage.render(model, files.versioned().stream().map(file -> fromFile(file, files)).toList(),
                    "No database was configured, so the states are not checked: set pgcraft.url to see them.");
        } else {
            List<MigrationInfo> infos = Info.info(options.database(), options.migrations(), options.historyTable());
            page = ReportPage.render(model, infos.stream().map(ReportWriter::fromInfo).toList(),
                    "States in " + options.database().safeUrl() + ".");
        }
        Path index = options.outputDirectory().resolve(PAGE);
        ReportFiles.write(index, page);
        ReportFiles.copyResource(MERMAID_RESOURCE + ".js", options.outputDirectory().resolve(ReportPage.MERMAID_FILE));
        ReportFiles.copyResource(MERMAID_RESOURCE + "-LICENSE", options.outputDirectory().resolve("mermaid-LICENSE"));
        return index;
    }

    private static ReportMigration fromFile(MigrationFile file, MigrationFiles files) {
        MigrationFile undo = files.undoFor(file.version());
        return new ReportMigration(file.version().toString(), file.description(), file.script(), "not checked", "",
                undo == null ? "" : undo.script());
    }

    private static ReportMigration fromInfo(MigrationInfo info) {
        return new ReportMigration(info.version().toString(), info.description(), info.script(), info.state().label(),
                info.installedOn() == null ? "" : info.installedOn().toString().replace('T', ' '),
                info.undoScript() == null ? "" : info.undoScript());
    }
}
