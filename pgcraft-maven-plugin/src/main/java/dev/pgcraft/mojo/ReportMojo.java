package dev.pgcraft.mojo;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.report.ReportOptions;
import dev.pgcraft.report.ReportWriter;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;
import java.util.Locale;

/**
 * Writes the model report: one HTML page, {@code target/reports/pgcraft/index.html} (in a site:
 * {@code target/site/pgcraft/index.html}),
 * with every schema's ER diagram, every dimension's columns, checks, indexes and generated objects, the migrations
 * (with their state when {@code pgcraft.url} is set), and a search box. The diagram script lies beside the page, so
 * it works offline. Also a site report: list the goal under {@code <reporting>} and {@code mvn site} links it.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Skips the goal. Every pgcraft goal honours it. */
    @Parameter(property = "pgcraft.skip", defaultValue = "false")
    boolean skip;

    /** The model file. */
    @Parameter(property = "pgcraft.config", defaultValue = "${project.basedir}/src/main/pgcraft/pgcraft.xml")
    File config;

    /** The folder holding the migrations. */
    @Parameter(property = "pgcraft.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrations;

    /** JDBC URL of a database whose history gives each migration's state; without it the files are listed. */
    @Parameter(property = "pgcraft.url")
    String url;

    /** Database user; overrides the settings.xml server's username. */
    @Parameter(property = "pgcraft.user")
    String user;

    /** Database password; prefer {@code pgcraft.serverId}. */
    @Parameter(property = "pgcraft.password")
    String password;

    /** The id of a settings.xml {@code <server>} holding the username and (optionally encrypted) password. */
    @Parameter(property = "pgcraft.serverId")
    String serverId;

    /** The schema history table, {@code schema.table}. */
    @Parameter(property = "pgcraft.historyTable", defaultValue = "public.pgcraft_schema_history")
    String historyTable;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    private final SettingsDecrypter decrypter;

    @Inject
    public ReportMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        File folder = new File(getReportOutputDirectory(), "pgcraft");
        try {
            ReportOptions options = new ReportOptions(config.toPath(), AbstractPgcraftMojo.displayName(project, config),
                    migrations.toPath(), url == null || url.isBlank() ? null
                    : DatabaseCredentials.settings(url, user, password, serverId, settings, decrypter),
                    historyTable, folder.toPath());
            File page = ReportWriter.write(options).toFile();
            getLog().info("Wrote " + AbstractPgcraftMojo.displayName(project, page) + "; open it in a browser.");
        } catch (PgcraftException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("Skipping pgcraft:report because pgcraft.skip is true; "
                    + "run without -Dpgcraft.skip (or set it to false) to run it.");
        }
        return !skip;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public String getOutputName() {
        return "pgcraft/index";
    }

    @Override
    public String getName(Locale locale) {
        return "pgcraft model";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The database model: ER diagrams, dimensions, generated objects and migrations.";
    }
}
