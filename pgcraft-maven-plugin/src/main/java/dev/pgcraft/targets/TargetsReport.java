package dev.pgcraft.targets;

import dev.pgcraft.migrate.MigrationVersion;
import dev.pgcraft.migrate.TextTable;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The end of a many-target run: a table with a line per target (name, URL without password, version before and
 * after, time, result), and, when any failed, one failure listing each failed target's whole report.
 *
 * @param goal the goal, e.g. {@code migrate}
 * @param runs how each target fared, in the order given
 */
public record TargetsReport(String goal, List<TargetRun> runs) {

    private static final List<String> HEADERS = List.of("Target", "URL", "Version", "Time", "Result");

    public TargetsReport {
        Objects.requireNonNull(goal, "goal");
        runs = List.copyOf(runs);
    }

    /** How many targets ended {@code status}. */
    public long count(TargetRun.Status status) {
        return runs.stream().filter(run -> run.status() == status).count();
    }

    /** The first line and the table, lines separated by {@code \n}, without a final newline. */
    public String table() {
        List<List<String>> rows = new ArrayList<>();
        for (TargetRun run : runs) {
            rows.add(List.of(run.target().name(), run.target().connection().safeUrl(), version(run),
                    run.status() == TargetRun.Status.NOT_RUN ? "" : run.millis() + " ms", result(run)));
        }
        return (headline() + "\n" + TextTable.render(HEADERS, rows, null)).stripTrailing();
    }

    /** Throws the table and every failed target's report unless all succeeded. */
    public void throwIfFailed() {
        if (count(TargetRun.Status.SUCCEEDED) == runs.size()) {
            return;
        }
        String failures = runs.stream().filter(run -> run.status() == TargetRun.Status.FAILED)
                .map(run -> run.target().logPrefix() + run.failure().strip().replace("\n", "\n  "))
                .collect(Collectors.joining("\n"));
        String notRun = count(TargetRun.Status.NOT_RUN) == 0 ? ""
                : " pgcraft.failFast is true, so the targets marked 'not run' were not started after the first"
                + " failure; run again without it to attempt them all.";
        throw new PgcraftException(Problem.of("PGC-TARGETS-FAILED", table() + "\n" + failures,
                "Each target ran on its own: those that succeeded are done. Fix what the report of each failed"
                        + " target says, then run pgcraft:" + goal + " again." + notRun));
    }

    private String headline() {
        long failed = count(TargetRun.Status.FAILED);
        long notRun = count(TargetRun.Status.NOT_RUN);
        return "pgcraft:" + goal + " on " + runs.size() + (runs.size() == 1 ? " target: " : " targets: ")
                + count(TargetRun.Status.SUCCEEDED) + " succeeded, " + failed + " failed"
                + (notRun == 0 ? "" : ", " + notRun + " not run");
    }

    private static String version(TargetRun run) {
        if (run.outcome() == null) {
            return "";
        }
        MigrationVersion before = run.outcome().before();
        MigrationVersion after = run.outcome().after();
        return Objects.equals(before, after) ? show(after) : show(before) + " -> " + show(after);
    }

    private static String show(MigrationVersion version) {
        return version == null ? "none" : version.toString();
    }

    private static String result(TargetRun run) {
        return switch (run.status()) {
            case SUCCEEDED -> run.outcome().result();
            case FAILED -> "FAILED (" + String.join(", ", run.codes()) + ")";
            case NOT_RUN -> "not run (pgcraft.failFast)";
        };
    }
}
