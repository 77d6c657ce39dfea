package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.targets.Target;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each connection parameter lands where it should, once: the mapping STYLE.md asks to test. */
class ConnectionParametersTest {

    /** Stands in for Maven's decrypter: "decrypts" {ENC} by removing the marker, as the real one would reveal. */
    private static final SettingsDecrypter DECRYPTER = new SettingsDecrypter() {
        @Override
        public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
            Server server = request.getServers().get(0).clone();
            server.setPassword(server.getPassword().replace("{ENC}", ""));
            return new SettingsDecryptionResult() {
                @Override
                public Server getServer() {
                    return server;
                }

                @Override
                public List<Server> getServers() {
                    return List.of(server);
                }

                @Override
                public org.apache.maven.settings.Proxy getProxy() {
                    return null;
                }

                @Override
                public List<org.apache.maven.settings.Proxy> getProxies() {
                    return List.of();
                }

                @Override
                public List<SettingsProblem> getProblems() {
                    return List.of();
                }
            };
        }
    };

    private static MigrateMojo mojo(String url, String user, String password, String serverId) {
        MigrateMojo mojo = new MigrateMojo(DECRYPTER);
        mojo.url = url;
        mojo.user = user;
        mojo.password = password;
        mojo.serverId = serverId;
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("prod-db");
        server.setUsername("deployer");
        server.setPassword("{ENC}s3cret");
        settings.addServer(server);
        settings.addServer(serverWithUrl("tenant-eu", "jdbc:postgresql://eu/app", "eu-owner", "{ENC}eu-pw"));
        settings.addServer(serverWithUrl("tenant-us", "jdbc:postgresql://us/app", null, "{ENC}us-pw"));
        mojo.settings = settings;
        return mojo;
    }

    private static Server serverWithUrl(String id, String url, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom urlElement = new Xpp3Dom("url");
        urlElement.setValue(url);
        configuration.addChild(urlElement);
        server.setConfiguration(configuration);
        return server;
    }

    @Test
    void urlUserAndPasswordMapDirectly() {
        assertEquals(new ConnectionSettings("jdbc:postgresql://db/app", "app", "pw"),
                mojo("jdbc:postgresql://db/app", "app", "pw", null).connectionSettings());
    }

    @Test
    void aSettingsServerSuppliesTheDecryptedCredentials() {
        assertEquals(new ConnectionSettings("jdbc:postgresql://db/app", "deployer", "s3cret"),
                mojo("jdbc:postgresql://db/app", null, null, "prod-db").connectionSettings());
    }

    @Test
    void explicitValuesWinOverTheSettingsServer() {
        assertEquals(new ConnectionSettings("jdbc:postgresql://db/app", "admin", "pw"),
                mojo("jdbc:postgresql://db/app", "admin", "pw", "prod-db").connectionSettings());
    }

    @Test
    void anUnknownServerIdSaysWhatToAdd() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> mojo("jdbc:postgresql://db/app", null, null, "nope").connectionSettings());
        assertEquals("pgcraft.serverId is 'nope' but settings.xml has no <server> with that id",
                e.problems().get(0).message());
    }

    @Test
    void noUrlNamesBothWaysToGetADatabase() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> mojo(null, null, null, null).connectionSettings());
        assertEquals("PGC-DB-NOT-CONFIGURED", e.problems().get(0).code());
        assertTrue(e.problems().get(0).fix().contains("set pgcraft.url"));
        assertTrue(e.problems().get(0).fix().contains("run pgcraft:start earlier in the same build"));
    }

    @Test
    void aSettingsServerWithAUrlIsTheWholeConnection() {
        assertEquals(new ConnectionSettings("jdbc:postgresql://eu/app", "eu-owner", "eu-pw"),
                mojo(null, null, null, "tenant-eu").connectionSettings());
        assertEquals(new ConnectionSettings("jdbc:postgresql://db/app", "eu-owner", "eu-pw"),
                mojo("jdbc:postgresql://db/app", null, null, "tenant-eu").connectionSettings(),
                "pgcraft.url wins over the server's url");
    }

    @Test
    void targetsAreUrlsWithTheSharedCredentialsOrServersWithTheirOwn() {
        MigrateMojo mojo = mojo(null, "app", null, "prod-db");
        mojo.targets = "jdbc:postgresql://a/app?ssl=true\n tenant-eu , tenant-us";
        assertEquals(List.of(
                        new Target("a/app",
                                new ConnectionSettings("jdbc:postgresql://a/app?ssl=true", "app", "s3cret")),
                        new Target("tenant-eu",
                                new ConnectionSettings("jdbc:postgresql://eu/app", "eu-owner", "eu-pw")),
                        new Target("tenant-us", new ConnectionSettings("jdbc:postgresql://us/app", "app", "us-pw"))),
                mojo.targetList());
    }

    @Test
    void aTargetThatIsNeitherUrlNorServerIsNamed() {
        MigrateMojo mojo = mojo(null, null, null, null);
        mojo.targets = "jdbc:postgresql://a/app,tenant-xx";
        PgcraftException e = assertThrows(PgcraftException.class, mojo::targetList);
        assertEquals("pgcraft.targets names 'tenant-xx', which is neither a JDBC URL (jdbc:postgresql://...) nor the id"
                + " of a <server> in settings.xml", e.problems().get(0).message());
        mojo.targets = "prod-db";
        assertEquals("PGC-TARGETS-SERVER-URL",
                assertThrows(PgcraftException.class, mojo::targetList).problems().get(0).code());
    }
}
