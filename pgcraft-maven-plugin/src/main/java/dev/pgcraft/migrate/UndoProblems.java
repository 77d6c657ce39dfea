package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The messages only undo fails with; failures while running a file are {@link MigrateProblems}'s, shared
 * with migrate.
 */
final class UndoProblems {

    private static final String NL = System.lineSeparator();

    private UndoProblems() {
    }

    static Problem targetAboveCurrent(MigrationVersion target, MigrationVersion current) {
        return Problem.of("PGC-UNDO-TARGET",
                "pgcraft.target is " + target + ", above the current version " + current
                        + ": undo only goes down. Nothing was undone.",
                "Set pgcraft.target to an applied version below " + current + ", or leave it out to undo only "
                        + current + " (to go up, run pgcraft:migrate)");
    }

    static Problem targetNotApplied(MigrationVersion target, List<MigrationVersion> applied) {
        return Problem.of("PGC-UNDO-TARGET",
                "pgcraft.target is " + target + ", which is not an applied version (applied: "
                        + applied.stream().map(MigrationVersion::toString).collect(Collectors.joining(", "))
                        + "). Nothing was undone.",
                "Set pgcraft.target to one of the applied versions (0 undoes all), or leave it out to undo only "
                        + applied.get(applied.size() - 1));
    }

    static Problem belowBaseline(MigrationVersion target, HistoryRow baseline) {
        return Problem.of("PGC-UNDO-BELOW-BASELINE",
                "pgcraft.target is " + target + ", below the baseline at version " + baseline.version()
                        + " (the schema that existed before pgcraft), which cannot be undone. Nothing was undone.",
                "Set pgcraft.target to " + baseline.version() + " or above");
    }

    /**
     * Every version to undo that has no undo file, each with why it may lack one. {@code missing} holds the
     * migrations (V files) concerned, newest first.
     */
    static Problem missingUndoFiles(Path dir, List<MigrationFile> missing) {
        String lines = missing.stream().map(file -> "  " + file.script() + ": " + (isGenerated(file)
                        ? "this version was generated without an undo file (pgcraft could not reverse its change);"
                                + " write " + undoName(file) + " by hand if it can be reversed"
                        : "hand-written migration: write " + undoName(file)))
                .collect(Collectors.joining(NL));
        return Problem.at(SourceLocation.of(dir.toString()), "PGC-UNDO-MISSING-UNDO-FILE",
                "Undo needs an undo file for every version it undoes, and " + (missing.size() == 1 ? "this has"
                        : "these have") + " none:" + NL + lines + NL + "Nothing was undone.",
                "Write the missing U<version>__<description>.sql next to its migration (the SQL that reverses"
                        + " it), or set pgcraft.target above the versions without one");
    }

    static Problem cannotResume(HistoryRow row, MigrationFile undo, Path dir) {
        String why = undo == null ? row.script() + " is gone"
                : undo.script() + " changed since (applied: " + row.checksum() + ", local: " + undo.checksum() + ")";
        return Problem.at(SourceLocation.of(dir.resolve(row.script()).toString()), "PGC-UNDO-INCOMPLETE-CHANGED",
                "The undo of version " + row.version() + " did not finish (its transactional part is applied, its"
                        + " non-transactional part is not), and it cannot be resumed: " + why + ". Nothing was"
                        + " undone.",
                "Restore " + row.script() + " as it was when the undo started, then run pgcraft:undo again");
    }

    /** The name of the undo file that belongs to {@code migration}: {@code V3__x.sql} gives {@code U3__x.sql}. */
    static String undoName(MigrationFile migration) {
        return "U" + migration.script().substring(1);
    }

    // Generated files say so in their leading comment block ("... by pgcraft:generate. Do not edit ...").
    private static boolean isGenerated(MigrationFile file) {
        for (String line : file.text().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.strip().startsWith("--")) {
                return false;
            }
            if (line.contains("by pgcraft:generate")) {
                return true;
            }
        }
        return false;
    }
}
