package dev.pgcraft.mojo;

import dev.pgcraft.adopt.AdoptOptions;
import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.BaselineOptions;
import dev.pgcraft.migrate.MigrationVersion;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The parameters of {@code pgcraft:baseline} land in its options records, each once. */
class BaselineParametersTest {

    private static final SettingsDecrypter NOT_USED = request -> {
        throw new AssertionError("no serverId, nothing to decrypt");
    };
    private static final ConnectionSettings DB = new ConnectionSettings("jdbc:postgresql://db/app", "app", "pw");

    private static BaselineMojo mojo() {
        BaselineMojo mojo = LockWaitParametersTest.configure(new BaselineMojo(NOT_USED, null));
        mojo.lockWaitTimeout = "30s";
        mojo.baselineVersion = "V3";
        mojo.baselineDescription = "adopted";
        mojo.flywayTable = "ops.flyway_history";
        return mojo;
    }

    @Test
    void baselineMapsVersionDescriptionFlywayTableAndLockWait() {
        assertEquals(new BaselineOptions(DB, Path.of("db"), "audit.history", MigrationVersion.parse("3"), "adopted",
                "ops.flyway_history", Duration.ofSeconds(30)), mojo().options());
    }

    @Test
    void withoutAVersionItTakesOverFlywayAndTheDefaultsAreTheDocumentedOnes() {
        BaselineMojo mojo = mojo();
        mojo.baselineVersion = " ";
        mojo.baselineDescription = BaselineOptions.DEFAULT_DESCRIPTION;
        mojo.flywayTable = null;
        BaselineOptions options = mojo.options();
        assertEquals(null, options.version());
        assertEquals("<< pgcraft Baseline >>", options.description());
        assertEquals("public.flyway_schema_history", options.flywayTable());
    }

    @Test
    void theSnapshotOptionsNameTheModelTheFolderAndBothHistoryTables() {
        BaselineMojo mojo = mojo();
        File basedir = new File("").getAbsoluteFile();
        mojo.project = new MavenProject(new Model());
        mojo.project.setFile(new File(basedir, "pom.xml"));
        mojo.config = new File(basedir, "src/main/pgcraft/pgcraft.xml");
        assertEquals(new AdoptOptions(mojo.config.toPath(), "src/main/pgcraft/pgcraft.xml", Path.of("db"),
                "audit.history", "ops.flyway_history", MigrationVersion.parse("3")), mojo.adoptOptions());
    }
}
