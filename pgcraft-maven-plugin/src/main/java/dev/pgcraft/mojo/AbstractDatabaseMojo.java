package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.util.stream.Collectors;

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

    /** The id of a settings.xml {@code <server>} holding the username and (optionally encrypted) password. */
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

    final ConnectionSettings connectionSettings() {
        if (url == null || url.isBlank()) {
            throw new PgcraftException(Problem.of("PGC-DB-NOT-CONFIGURED",
                    "pgcraft:" + goal() + " has no database to connect to: pgcraft.url is not set",
                    "Either set pgcraft.url (with pgcraft.user and pgcraft.serverId or pgcraft.password), e.g. "
                            + "-Dpgcraft.url=jdbc:postgresql://localhost:5432/app, or run pgcraft:start earlier in "
                            + "the same build to use an embedded PostgreSQL, e.g. "
                            + "mvn pgcraft:start pgcraft:" + goal() + " pgcraft:stop"));
        }
        String effectiveUser = user;
        String effectivePassword = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = decryptedServer();
            if (effectiveUser == null) {
                effectiveUser = server.getUsername();
            }
            if (effectivePassword == null) {
                effectivePassword = server.getPassword();
            }
        }
        return new ConnectionSettings(url, effectiveUser, effectivePassword);
    }

    private Server decryptedServer() {
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new PgcraftException(Problem.of("PGC-DB-NO-SERVER",
                    "pgcraft.serverId is '" + serverId + "' but settings.xml has no <server> with that id",
                    "Add <server><id>" + serverId + "</id><username>…</username><password>…</password></server> to "
                            + "~/.m2/settings.xml, or correct pgcraft.serverId."));
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            throw new PgcraftException(Problem.of("PGC-DB-DECRYPT",
                    "cannot decrypt the password of settings.xml server '" + serverId + "': "
                            + result.getProblems().stream().map(SettingsProblem::getMessage)
                            .collect(Collectors.joining("; ")),
                    "Check ~/.m2/settings-security.xml and re-encrypt the password with mvn --encrypt-password."));
        }
        return result.getServer();
    }
}
