package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;

/**
 * The connection parameters shared by the goals that talk to a database. The password comes from
 * {@code pgcraft.password} or, better, from a {@code <server>} in settings.xml named by {@code pgcraft.serverId},
 * decrypted by Maven; it is never logged.
 */
abstract class AbstractDatabaseMojo extends AbstractPgcraftMojo {

    /** JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/app}. Set by {@code pgcraft:start} when used. */
    @Parameter(property = "pgcraft.url")
    String url;

    /** Database user; overrides the settings.xml server's username. */
    @Parameter(property = "pgcraft.user")
    String user;

    /** Database password; prefer {@code pgcraft.serverId} so it stays out of the POM and the command line. */
    @Parameter(property = "pgcraft.password")
    String password;

    /**
     * The id of a settings.xml {@code <server>} holding the username and (optionally encrypted) password; when
     * {@code pgcraft.url} is not set, the server's {@code <configuration><url>} is used as the URL.
     */
    @Parameter(property = "pgcraft.serverId")
    String serverId;

    /** The schema history table, {@code schema.table}. */
    @Parameter(property = "pgcraft.historyTable", defaultValue = "public.pgcraft_schema_history")
    String historyTable;

    /** The folder holding the migrations. */
    @Parameter(property = "pgcraft.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File migrations;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    private final SettingsDecrypter decrypter;

    AbstractDatabaseMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** Maven's password decrypter, for goals that resolve further settings.xml servers. */
    final SettingsDecrypter decrypter() {
        return decrypter;
    }

    final ConnectionSettings connectionSettings() {
        // A settings.xml server may name its database too, so one id carries the whole connection.
        String serverUrl = serverId == null || serverId.isBlank() ? null
                : DatabaseCredentials.configuredUrl(serverId, settings);
        String url = this.url == null || this.url.isBlank() ? serverUrl : this.url;
        if (url == null || url.isBlank()) {
            throw new PgcraftException(Problem.of("PGC-DB-NOT-CONFIGURED",
                    "pgcraft:" + goal() + " has no database to connect to: pgcraft.url is not set",
                    "Either set pgcraft.url (with pgcraft.user and pgcraft.serverId or pgcraft.password), e.g. "
                            + "-Dpgcraft.url=jdbc:postgresql://localhost:5432/app, or run pgcraft:start earlier in "
                            + "the same build to use an embedded PostgreSQL, e.g. "
                            + "mvn pgcraft:start pgcraft:" + goal() + " pgcraft:stop"));
        }
        return DatabaseCredentials.settings(url, user, password, serverId, settings, decrypter);
    }
}
