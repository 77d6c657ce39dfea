package dev.pgcraft.mojo;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.report.ReportOptions;
import dev.pgcraft.report.ReportWriter;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
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
// A MavenReport written against the reporting API alone, not maven-reporting-impl's AbstractMavenReport: the page is
// pgcraft's own (an external report), so nothing of the site renderer is used, and leaving that library (Doxia's
// renderer, plexus-archiver and some 40 other artifacts) out of the plugin's class path spares every pgcraft goal
// resolving those artifacts and Maven's container loading some 400 of their classes at each start. The site plugin
// supplies the MavenReport and Sink interfaces when it runs the report.
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenReport {

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

    /** Where {@code mvn pgcraft:report} writes the {@code pgcraft} folder; a site run writes into the site instead. */
    @Parameter(defaultValue = "${project.build.directory}/reports")
    File outputDirectory;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Set by the site plugin to the site's folder; otherwise {@link #outputDirectory}. */
    private File reportOutputDirectory;

    private final SettingsDecrypter decrypter;

    @Inject
    public ReportMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** {@code mvn pgcraft:report}: writes the page on its own. */
    @Override
    public void execute() throws MojoExecutionException {
        try {
            if (canGenerateReport()) {
                writePage();
            }
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * {@code mvn site}: the page is external (written here, beside the site's pages), so the sink the site gives
     * stays empty and is closed, as the reporting API asks.
     */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            if (canGenerateReport()) {
                writePage();
            }
        } finally {
            if (sink != null) {
                sink.close();
            }
        }
    }

    private void writePage() throws MavenReportException {
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
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public void setReportOutputDirectory(File reportOutputDirectory) {
        this.reportOutputDirectory = reportOutputDirectory;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
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
