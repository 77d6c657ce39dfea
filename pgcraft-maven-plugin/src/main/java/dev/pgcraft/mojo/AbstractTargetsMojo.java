package dev.pgcraft.mojo;

import dev.pgcraft.targets.Target;
import dev.pgcraft.targets.TargetList;
import dev.pgcraft.targets.TargetOutcome;
import dev.pgcraft.targets.TargetRunner;
import dev.pgcraft.targets.TargetsReport;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.List;

/**
 * The goals that can work on many databases in one run ({@code migrate}, {@code info}, {@code validate},
 * {@code drift}). Without {@code pgcraft.targets} they work on {@code pgcraft.url} as always; with it, on each
 * target, a few at a time, and end with a summary table.
 */
abstract class AbstractTargetsMojo extends AbstractDatabaseMojo {

    /**
     * Many databases to work on instead of {@code pgcraft.url}, separated by commas or line breaks. Each entry is a
     * JDBC URL (connecting with {@code pgcraft.user} and {@code pgcraft.password} or {@code pgcraft.serverId}), or
     * the id of a settings.xml {@code <server>} whose {@code <configuration><url>} names the database and whose
     * username and password log in. Each target gets its own connections, lock and history; log lines start with
     * the target's name in brackets.
     */
    @Parameter(property = "pgcraft.targets")
    String targets;

    /** How many of {@code pgcraft.targets} to work on at a time. */
    @Parameter(property = "pgcraft.parallel", defaultValue = "4")
    int parallel;

    /**
     * With {@code pgcraft.targets}: stop starting further targets after the first one fails (those already running
     * finish). By default every target is attempted, and the build fails at the end if any failed.
     */
    @Parameter(property = "pgcraft.failFast", defaultValue = "false")
    boolean failFast;

    AbstractTargetsMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    /** The goal's work on one database. */
    @FunctionalInterface
    interface Work {
        /**
         * @param target the database (named after its URL when it is {@code pgcraft.url})
         * @param log    logs a line (in a many-target run, prefixed with the target's name)
         */
        TargetOutcome run(Target target, LoggingListener log);
    }

    /**
     * Resolves the databases to work on and checks the many-target parameters, so a goal with costly preparation
     * (drift starts a server) fails on a wrong list before it prepares anything.
     */
    final void checkTargets() {
        if (!manyTargets()) {
            connectionSettings();
        } else {
            targetList();
            TargetList.parallel(parallel);
        }
    }

    /** Whether this run works on {@code pgcraft.targets} rather than {@code pgcraft.url} alone. */
    final boolean manyTargets() {
        return targets != null && !targets.isBlank();
    }

    /** Runs {@code work} on {@code pgcraft.url}, or on each of {@code pgcraft.targets} with the summary table. */
    final void forEachTarget(Work work) {
        if (!manyTargets()) {
            work.run(Target.ofUrl(connectionSettings()), new LoggingListener(getLog()));
            return;
        }
        List<Target> list = targetList();
        int atOnce = Math.min(TargetList.parallel(parallel), list.size());
        getLog().info("Running pgcraft:" + goal() + " on " + list.size()
                + (list.size() == 1 ? " target, " : " targets, ") + atOnce + " at a time"
                + (failFast ? ", stopping at the first failure." : "."));
        TargetsReport report = new TargetsReport(goal(), TargetRunner.run(list, atOnce, failFast,
                target -> work.run(target, new LoggingListener(getLog(), target.logPrefix()))));
        report.throwIfFailed();
        for (String line : report.table().split("\n")) {
            getLog().info(line);
        }
    }

    /** The databases {@code pgcraft.targets} names, each with its credentials. */
    final List<Target> targetList() {
        return TargetList.entries(targets).stream().map(this::target).toList();
    }

    private Target target(String entry) {
        if (TargetList.isUrl(entry)) {
            return Target.ofUrl(DatabaseCredentials.settings(entry, user, password, serverId, settings, decrypter()));
        }
        return new Target(entry, DatabaseCredentials.ofServer(entry, user, password, settings, decrypter()));
    }
}
