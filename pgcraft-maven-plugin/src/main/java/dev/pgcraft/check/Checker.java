package dev.pgcraft.check;

import dev.pgcraft.diff.Change;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.generate.ViewProbe;
import dev.pgcraft.resolve.Registry;
import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationScanner;
import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.schema.VersionRequirement;
import dev.pgcraft.snapshot.KnownMigration;
import dev.pgcraft.snapshot.MigrationChain;
import dev.pgcraft.snapshot.Snapshot;
import dev.pgcraft.snapshot.SnapshotCodec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The {@code check} goal's engine: fails when {@code generate} would write anything, or when the migrations and
 * the snapshot disagree. It writes nothing and reports every problem it finds at once:
 * <ul>
 *   <li>the model differs from the snapshot (not generated);</li>
 *   <li>a migration the snapshot knows was edited (its checksum differs) or removed;</li>
 *   <li>two files share a version (two branches each generated it and were merged);</li>
 *   <li>the snapshot's {@link MigrationChain} does not recompute (the snapshot was edited or badly merged);</li>
 *   <li>migrations without a snapshot beside them.</li>
 * </ul>
 * A migration file the snapshot does not know is <em>not</em> a problem: hand-written migrations (a data fix, a
 * backfill) are legitimate, so check only warns about it, through the warnings consumer, and does not compare
 * it with anything.
 */
public final class Checker {

    private final Consumer<String> debug;
    private final Consumer<String> warnings;
    private final Registry registry;

    /** With the built-in kinds and plugins. */
    public Checker(Consumer<String> debug, Consumer<String> warnings) {
        this(debug, warnings, Registry.builtin());
    }

    /**
     * @param debug    receives plugin and change order details (logged at debug level)
     * @param warnings receives one line per thing worth a look that is not a failure
     * @param registry the kinds and plugins to build the model with
     */
    public Checker(Consumer<String> debug, Consumer<String> warnings, Registry registry) {
        this.debug = debug;
        this.warnings = warnings;
        this.registry = registry;
    }

    /** @throws PgcraftException with one problem per disagreement found */
    public CheckResult check(CheckOptions options) {
        MigrationScanner.Listing listing = MigrationScanner.listing(options.migrations());
        List<Problem> problems = new ArrayList<>(listing.problems());
        Set<String> duplicated = checkVersions(options, listing.files(), problems);

        Optional<Snapshot> snapshot;
        try {
            snapshot = SnapshotCodec.read(options.migrations().resolve(SnapshotCodec.FILE_NAME),
                    options.displayName(SnapshotCodec.FILE_NAME));
        } catch (PgcraftException unreadable) {
            // Nothing else can be compared with a snapshot that cannot be read; its problem says to restore it.
            problems.addAll(unreadable.problems());
            throw new PgcraftException(problems);
        }
        int unchanged = 0;
        if (snapshot.isPresent()) {
            checkChain(options, snapshot.get(), problems);
            unchanged = checkFiles(options, snapshot.get(), listing.files(), duplicated, problems);
        } else if (!listing.files().isEmpty()) {
            // Without the snapshot every file looks hand-written and the whole model looks new: both would
            // be wrong advice, so the missing snapshot is the one problem reported about them.
            problems.add(CheckProblems.noSnapshot(options, listing.files().size()));
        }
        if (snapshot.isPresent() || listing.files().isEmpty()) {
            checkModel(options, listing, snapshot, problems);
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
        return new CheckResult(options.configDisplayName(), unchanged);
    }

    /** Reports each version held by more than one file; returns those files' names. */
    private static Set<String> checkVersions(CheckOptions options, List<MigrationFile> files, List<Problem> problems) {
        Map<MigrationVersion, List<MigrationFile>> byVersion = new TreeMap<>();
        for (MigrationFile file : files) {
            byVersion.computeIfAbsent(file.version(), version -> new ArrayList<>()).add(file);
        }
        Set<String> duplicated = new TreeSet<>();
        for (List<MigrationFile> sameVersion : byVersion.values()) {
            if (sameVersion.size() > 1) {
                problems.add(CheckProblems.duplicateVersion(options, sameVersion));
                sameVersion.forEach(file -> duplicated.add(file.script()));
            }
        }
        return duplicated;
    }

    /** Only the first broken link is reported: every later one is broken because of it. */
    private static void checkChain(CheckOptions options, Snapshot snapshot, List<Problem> problems) {
        List<KnownMigration> known = snapshot.migrations();
        List<String> recomputed = MigrationChain.of(known);
        for (int i = 0; i < known.size(); i++) {
            if (!recomputed.get(i).equals(known.get(i).chain())) {
                problems.add(CheckProblems.brokenLink(options, known.get(i), recomputed.get(i)));
                return;
            }
        }
        String head = MigrationChain.head(recomputed);
        if (!head.equals(snapshot.chain())) {
            problems.add(CheckProblems.brokenHead(options, snapshot.chain(), head, known));
        }
    }

    /** Compares the files with the snapshot's list; returns how many are as generated. */
    private int checkFiles(CheckOptions options, Snapshot snapshot, List<MigrationFile> files, Set<String> duplicated,
                           List<Problem> problems) {
        Map<String, MigrationFile> byScript = new LinkedHashMap<>();
        files.forEach(file -> byScript.put(file.script(), file));
        int unchanged = 0;
        for (KnownMigration known : snapshot.migrations()) {
            MigrationFile file = byScript.remove(known.script());
            if (file == null) {
                problems.add(CheckProblems.removed(options, known));
            } else if (!file.checksum().equals(known.checksum())) {
                problems.add(CheckProblems.edited(options, known, file));
            } else {
                unchanged++;
            }
        }
        for (MigrationFile unknown : byScript.values()) {
            if (!duplicated.contains(unknown.script())) {
                warnings.accept(CheckProblems.handWritten(options, unknown));
            }
        }
        return unchanged;
    }

    private void checkModel(CheckOptions options, MigrationScanner.Listing listing, Optional<Snapshot> snapshot,
                            List<Problem> problems) {
        boolean generatedBefore = snapshot.isPresent();
        GenerateOptions generate = new GenerateOptions(options.config(), options.configDisplayName(),
                options.migrations(), null, false);
        Generator.Plan plan;
        try {
            plan = new Generator(debug, registry, ViewProbe.UNKNOWN).plan(generate,
                    () -> listing.files().stream().map(MigrationFile::version).toList(), snapshot);
        } catch (PgcraftException modelProblems) {
            problems.addAll(modelProblems.problems());
            return;
        }
        List<String> pending = new ArrayList<>();
        for (Change change : plan.changes()) {
            pending.add(Generator.describe(change));
        }
        Set<VersionRequirement> generated = plan.snapshot().state().requirements();
        Set<VersionRequirement> wanted = plan.desired().requirements();
        wanted.stream().filter(r -> !generated.contains(r)).forEach(r -> pending.add("require " + describe(r)));
        generated.stream().filter(r -> !wanted.contains(r)).forEach(r -> pending.add("no longer require "
                + describe(r)));
        if (!pending.isEmpty()) {
            problems.add(CheckProblems.notGenerated(options, pending, generatedBefore));
        }
    }

    private static String describe(VersionRequirement requirement) {
        return "PostgreSQL " + requirement.major() + " (" + requirement.reason() + ")";
    }
}
