package dev.pgcraft.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times SQL work the way a benchmark here should: a warm-up run, then the best of several runs (the least
 * disturbed by the rest of the machine), and a report of each case as a ratio to its baseline.
 */
public final class Measurement {

    /** One unit of work to time, e.g. a batch of lookups. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int runs;
    private final List<String> lines = new ArrayList<>();

    /** @param runs timed runs per case after one warm-up run; the best one counts */
    public Measurement(int runs) {
        this.runs = runs;
    }

    /** The best wall-clock time of {@code work} over the timed runs, in milliseconds. */
    public double bestMillis(Work work) throws Exception {
        return bestMillis(() -> { }, work);
    }

    /**
     * As {@link #bestMillis(Work)}, running {@code prepare} untimed before every run (the warm-up included), e.g.
     * to put back files the timed work changes.
     */
    public double bestMillis(Work prepare, Work work) throws Exception {
        return best(prepare, work).wallMillis();
    }

    /**
     * The best wall-clock time and, separately, the best CPU time of the whole process (every thread: the
     * collector's and the compiler's too) over the timed runs. On a machine shared with other builds, CPU time
     * moves less than wall-clock time; the two together tell waiting from working.
     */
    public Timing best(Work prepare, Work work) throws Exception {
        prepare.run();
        work.run();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            prepare.run();
            long cpu = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            work.run();
            bestWall = Math.min(bestWall, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, PROCESS.getProcessCpuTime() - cpu);
        }
        return new Timing(bestWall / 1_000_000.0, bestCpu / 1_000_000.0);
    }

    /** Best wall-clock and best process CPU time of one case, in milliseconds. */
    public record Timing(double wallMillis, double cpuMillis) {
    }

    /** Times a case and its baseline and records {@code case: x ms, baseline: y ms, ratio x/y}. */
    public void compare(String name, Work candidate, String baselineName, Work baseline) throws Exception {
        double baselineMillis = bestMillis(baseline);
        double candidateMillis = bestMillis(candidate);
        record(name, candidateMillis, baselineName, baselineMillis);
    }

    /** Records an already measured pair. */
    public void record(String name, double millis, String baselineName, double baselineMillis) {
        lines.add(String.format(Locale.ROOT, "%-55s %10.2f ms   vs %-35s %10.2f ms   ratio %6.2f",
                name, millis, baselineName, baselineMillis, millis / baselineMillis));
    }

    /** The recorded lines, in order. */
    public List<String> report() {
        return List.copyOf(lines);
    }
}
