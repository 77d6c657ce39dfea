package dev.pgcraft.check;

import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import dev.pgcraft.snapshot.KnownMigration;
import dev.pgcraft.snapshot.SnapshotCodec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The messages {@code check} fails with, in one place so their wording stays consistent and tests can pin it.
 * Each says what is wrong and where, and the fix spells out the commands, since the usual cause is an everyday
 * git mistake (an edit, a deletion, a merge) and the usual fix is another git command.
 */
final class CheckProblems {

    private static final String NL = System.lineSeparator();
    /** A long list of pending changes (a new model) would bury the rest of the report. */
    private static final int MAX_LISTED = 10;

    private CheckProblems() {
    }

    /** @param generatedBefore whether there is a snapshot, i.e. whether anything was generated yet */
    static Problem notGenerated(CheckOptions options, List<String> pending, boolean generatedBefore) {
        String list = pending.stream().limit(MAX_LISTED).collect(Collectors.joining(NL + "    - ", NL + "    - ", ""));
        if (pending.size() > MAX_LISTED) {
            list += NL + "    - and " + (pending.size() - MAX_LISTED) + " more";
        }
        return Problem.at(SourceLocation.of(options.configDisplayName()), "PGC-CHECK-NOT-GENERATED",
                (generatedBefore ? "the model differs from the snapshot " + snapshot(options)
                        : "nothing was generated from the model yet (there is no " + snapshot(options) + ")")
                        + "; pgcraft:generate would write a migration for:" + list,
                "Run mvn pgcraft:generate and commit the new migration together with "
                        + SnapshotCodec.FILE_NAME + ".");
    }

    static Problem edited(CheckOptions options, KnownMigration known, MigrationFile file) {
        String path = options.displayName(known.script());
        return Problem.at(SourceLocation.of(path), "PGC-CHECK-EDITED-MIGRATION",
                known.script() + " was edited after pgcraft:generate wrote it" + NL
                        + "Generated: " + known.checksum() + NL
                        + "Now: " + file.checksum(),
                "Restore it (git checkout -- " + path + "). Generated migrations must not be edited, as "
                        + "databases may already have applied them; to change the schema, change the model and run "
                        + "mvn pgcraft:generate instead.");
    }

    static Problem removed(CheckOptions options, KnownMigration known) {
        String path = options.displayName(known.script());
        return Problem.at(SourceLocation.of(path), "PGC-CHECK-REMOVED-MIGRATION",
                known.script() + " is missing; the snapshot lists it as generated (version " + known.version() + ")",
                "Restore it (git checkout -- " + path + "). A generated migration must stay, as databases may "
                        + "already have applied it; to undo its change, change the model and run "
                        + "mvn pgcraft:generate.");
    }

    static Problem duplicateVersion(CheckOptions options, List<MigrationFile> files) {
        List<String> names = files.stream().map(MigrationFile::script).toList();
        String version = files.get(0).version().toString();
        return Problem.at(SourceLocation.of(options.migrationsDisplayName()), "PGC-CHECK-DUPLICATE-VERSION",
                String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                        + " have the same version " + version + " (two branches each generated V" + version
                        + " and were merged)",
                "Keep the one that is on the main branch and delete the other, restore the snapshot from the main "
                        + "branch (git checkout <main branch> -- " + snapshot(options) + "), then run "
                        + "mvn pgcraft:generate to regenerate your change on top of it.");
    }

    static Problem brokenLink(CheckOptions options, KnownMigration known, String recomputed) {
        return brokenChain(options, "the snapshot's migration chain breaks at " + known.script() + ": stored "
                + known.chain() + ", recomputed " + recomputed + "; its list of migrations was edited by hand "
                + "or badly merged");
    }

    static Problem brokenHead(CheckOptions options, String stored, String recomputed, List<KnownMigration> known) {
        String last = known.isEmpty() ? "it lists no migrations, which gives \"\""
                : "its last migration " + known.get(known.size() - 1).script() + " gives " + recomputed;
        return brokenChain(options, "the snapshot's chain ends in \"" + stored + "\", but " + last
                + "; migrations were removed from its list, or it was badly merged");
    }

    private static Problem brokenChain(CheckOptions options, String message) {
        return Problem.at(SourceLocation.of(snapshot(options)), "PGC-CHECK-BROKEN-CHAIN", message,
                "Restore it (git checkout -- " + snapshot(options) + "); after a merge, take the main branch's "
                        + "copy (git checkout <main branch> -- " + snapshot(options) + ") and run "
                        + "mvn pgcraft:generate again.");
    }

    static Problem noSnapshot(CheckOptions options, int migrations) {
        return Problem.at(SourceLocation.of(options.migrationsDisplayName()), "PGC-CHECK-NO-SNAPSHOT",
                "no " + SnapshotCodec.FILE_NAME + " beside " + migrations
                        + (migrations == 1 ? " migration" : " migrations"),
                "Restore it (git checkout -- " + snapshot(options) + "). pgcraft:generate writes it with "
                        + "every migration and diffs the model against it; without it, the next generate would "
                        + "create the whole schema again.");
    }

    /** Not a problem: hand-written migrations (data fixes, backfills) are legitimate. */
    static String handWritten(CheckOptions options, MigrationFile file) {
        return options.displayName(file.script()) + " is not in " + SnapshotCodec.FILE_NAME
                + ": taken as a hand-written migration, which check does not compare with the model";
    }

    private static String snapshot(CheckOptions options) {
        return options.displayName(SnapshotCodec.FILE_NAME);
    }
}
