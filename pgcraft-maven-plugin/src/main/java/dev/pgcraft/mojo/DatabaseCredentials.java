package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.stream.Collectors;

/**
 * The user and password of a connection: given ones win, else those of the settings.xml {@code <server>} named by
 * {@code pgcraft.serverId}, decrypted by Maven. Shared by the database goals and the report (a site report cannot
 * extend {@link AbstractDatabaseMojo}).
 */
final class DatabaseCredentials {

    private DatabaseCredentials() {
    }

    static ConnectionSettings settings(String url, String user, String password, String serverId, Settings settings,
                                       SettingsDecrypter decrypter) {
        String effectiveUser = user;
        String effectivePassword = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = decryptedServer(serverId, settings, decrypter);
            if (effectiveUser == null) {
                effectiveUser = server.getUsername();
            }
            if (effectivePassword == null) {
                effectivePassword = server.getPassword();
            }
        }
        return new ConnectionSettings(url, effectiveUser, effectivePassword);
    }

    /**
     * The database of a many-target entry that names a settings.xml server: its {@code <configuration><url>}, and its
     * username and password (else {@code pgcraft.user} and {@code pgcraft.password}).
     */
    static ConnectionSettings ofServer(String serverId, String user, String password, Settings settings,
                                       SettingsDecrypter decrypter) {
        if (settings.getServer(serverId) == null) {
            throw new PgcraftException(Problem.of("PGC-TARGETS-UNKNOWN",
                    "pgcraft.targets names '" + serverId + "', which is neither a JDBC URL (jdbc:postgresql://...)"
                            + " nor the id of a <server> in settings.xml",
                    "Correct the entry, or add <server><id>" + serverId + "</id><username>...</username><password>..."
                            + "</password><configuration><url>jdbc:postgresql://host:5432/db</url></configuration>"
                            + "</server> to ~/.m2/settings.xml."));
        }
        String url = configuredUrl(serverId, settings);
        if (url == null) {
            throw new PgcraftException(Problem.of("PGC-TARGETS-SERVER-URL",
                    "pgcraft.targets names the settings.xml server '" + serverId + "', but it names no database:"
                            + " it has no <configuration><url>",
                    "Add <configuration><url>jdbc:postgresql://host:5432/db</url></configuration> to that <server>,"
                            + " or list the URL in pgcraft.targets instead."));
        }
        Server server = decryptedServer(serverId, settings, decrypter);
        return new ConnectionSettings(url, server.getUsername() != null ? server.getUsername() : user,
                server.getPassword() != null ? server.getPassword() : password);
    }

    /** The {@code <configuration><url>} of the settings.xml server {@code serverId}, or {@code null}. */
    static String configuredUrl(String serverId, Settings settings) {
        Server server = settings.getServer(serverId);
        if (server != null && server.getConfiguration() instanceof Xpp3Dom configuration) {
            Xpp3Dom url = configuration.getChild("url");
            if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
                return url.getValue().strip();
            }
        }
        return null;
    }

    private static Server decryptedServer(String serverId, Settings settings, SettingsDecrypter decrypter) {
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
