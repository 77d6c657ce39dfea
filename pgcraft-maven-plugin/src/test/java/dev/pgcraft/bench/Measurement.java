package dev.pgcraft.bench;

import java.sql.SQLException;
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
        void run() throws SQLException;
    }

    private final int runs;
    private final List<String> lines = new ArrayList<>();

    /** @param runs timed runs per case after one warm-up run; the best one counts */
    public Measurement(int runs) {
        this.runs = runs;
    }

    /** The best wall-clock time of {@code work} over the timed runs, in milliseconds. */
    public double bestMillis(Work work) throws SQLException {
        work.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1_000_000.0;
    }

    /** Times a case and its baseline and records {@code case: x ms, baseline: y ms, ratio x/y}. */
    public void compare(String name, Work candidate, String baselineName, Work baseline) throws SQLException {
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
