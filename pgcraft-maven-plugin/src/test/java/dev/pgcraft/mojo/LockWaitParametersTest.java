package dev.pgcraft.mojo;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.migrate.MigrateOptions;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.UndoOptions;
import dev.pgcraft.model.problem.PgcraftException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The parameters of the goals that take the migrate lock land in their options records, each once. */
class LockWaitParametersTest {

    private static final SettingsDecrypter NOT_USED = request -> {
        throw new AssertionError("no serverId, nothing to decrypt");
    };
    private static final ConnectionSettings DB = new ConnectionSettings("jdbc:postgresql://db/app", "app", "pw");

    /** The connection parameters every database goal shares, as the tests of each goal set them. */
    static <M extends AbstractDatabaseMojo> M configure(M mojo) {
        mojo.url = DB.url();
        mojo.user = DB.user();
        mojo.password = DB.password();
        mojo.historyTable = "audit.history";
        mojo.migrations = new File("db");
        mojo.settings = new Settings();
        return mojo;
    }

    @Test
    void migrateMapsTargetAndLockWaitTimeout() {
        MigrateMojo mojo = configure(new MigrateMojo(NOT_USED));
        mojo.target = "3";
        mojo.lockWaitTimeout = "90s";
        mojo.dryRun = new java.io.File("target/plan.sql");
        assertEquals(new MigrateOptions(DB, Path.of("db"), "audit.history", MigrationVersion.parse("3"),
                Duration.ofSeconds(90), Path.of("target/plan.sql")), mojo.options());
    }

    @Test
    void undoMapsTargetAndLockWaitTimeoutZeroAsForever() {
        UndoMojo mojo = configure(new UndoMojo(NOT_USED));
        mojo.target = "0";
        mojo.lockWaitTimeout = "0";
        assertEquals(new UndoOptions(DB, Path.of("db"), "audit.history", MigrationVersion.parse("0"), Duration.ZERO),
                mojo.options());
    }

    @Test
    void theDefaultIsTenMinutesAsDocumented() {
        MigrateMojo mojo = configure(new MigrateMojo(NOT_USED));
        mojo.lockWaitTimeout = "10min"; // the @Parameter defaultValue, LockWaitTimeout.DEFAULT
        assertEquals(Duration.ofMinutes(10), mojo.options().lockWaitTimeout());
        assertEquals(Duration.ofMinutes(10), MigrateOptions.of(DB, Path.of("db")).lockWaitTimeout());
    }

    @Test
    void aMalformedLockWaitTimeoutSaysWhatIsExpected() {
        UndoMojo mojo = configure(new UndoMojo(NOT_USED));
        mojo.lockWaitTimeout = "ten minutes";
        PgcraftException e = assertThrows(PgcraftException.class, mojo::options);
        assertEquals("PGC-MIGRATE-LOCK-WAIT-TIMEOUT", e.problems().get(0).code());
        assertEquals("pgcraft.lockWaitTimeout is 'ten minutes'; expected a duration such as 30s, 500ms, 10min, 2h"
                + " (no unit: milliseconds), or 0 to wait forever", e.problems().get(0).message());
    }

    @Test
    void repairMapsChecksumsAndLockWaitTimeout() {
        RepairMojo mojo = configure(new RepairMojo(NOT_USED));
        mojo.repairChecksums = "V3, 4.1";
        mojo.lockWaitTimeout = "2min";
        assertEquals(new dev.pgcraft.migrate.RepairOptions(DB, Path.of("db"), "audit.history",
                java.util.Set.of(MigrationVersion.parse("3"), MigrationVersion.parse("4.1")), false,
                Duration.ofMinutes(2)), mojo.options());
        mojo.repairChecksums = "all";
        assertEquals(true, mojo.options().realignAll());
    }
}
