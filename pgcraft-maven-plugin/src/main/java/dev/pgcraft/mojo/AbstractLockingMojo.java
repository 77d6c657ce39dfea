package dev.pgcraft.mojo;

import dev.pgcraft.migrate.LockWaitTimeout;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.time.Duration;

/**
 * The goals that write history (or drop it) and so take the migrate lock first: undo, repair, baseline, clean.
 * (migrate takes it too, but can work on many databases, so it extends {@link AbstractTargetsMojo} and declares the
 * same parameter.)
 */
abstract class AbstractLockingMojo extends AbstractDatabaseMojo {

    /**
     * How long to wait for another migrate, undo, repair, baseline or clean of the same history table to release its lock,
     * e.g. {@code 30s}, {@code 10min}, {@code 2h} (no unit: milliseconds); {@code 0} waits as long as it takes.
     */
    @Parameter(property = "pgcraft.lockWaitTimeout", defaultValue = LockWaitTimeout.DEFAULT)
    String lockWaitTimeout;

    AbstractLockingMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    final Duration lockWait() {
        return LockWaitTimeout.parse(lockWaitTimeout);
    }

}
