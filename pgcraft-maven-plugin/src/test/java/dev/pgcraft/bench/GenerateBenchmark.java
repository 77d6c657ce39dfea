package dev.pgcraft.bench;

import dev.pgcraft.check.CheckOptions;
import dev.pgcraft.check.Checker;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How {@code generate} and {@code check} scale with the model, in process (no Maven start-up): for models of 250,
 * 500 and 1,000 dimensions ({@link ScaleModel}: all simple, and the four kinds mixed) it times the first run (from
 * no migrations), a run with nothing to do, a run after one column was added, and {@code check} with nothing to
 * report, each the best of several runs after a warm-up; it prints the peak heap of a first run and the growth
 * ratios 500/250 and 1,000/500 (linear work gives 2.0), the size of the snapshot beside the V1 it describes, and how
 * many lines of the snapshot the one-column change touches.
 *
 * <p>Arguments: {@code [runs] [sizes...]}, default 3 timed runs per case and sizes 250 500 1000. Peak heap is the sum
 * of the heap pools' peaks over one first run started after a full GC: what the run needed plus the garbage the
 * collector had not yet reclaimed, so it depends on the heap size the JVM was given ({@code MAVEN_OPTS=-Xmx…} when
 * run through {@code exec:java}). What a user's whole Maven process costs is measured by
 * {@code generate-process.sh} beside this class.
 */
public final class GenerateBenchmark {

    private static final String[] CASES = {"first run", "no change", "one column", "check"};

    private GenerateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(250, 500, 1000);
        }
        Path work = Files.createTempDirectory("pgcraft-generate-bench");
        Measurement measurement = new Measurement(runs);
        System.out.printf(Locale.ROOT, "Best of %d runs after a warm-up, wall-clock ms (process CPU ms)%n", runs);
        System.out.printf(Locale.ROOT, "%-12s %18s %18s %18s %18s %10s %22s %10s%n", "model", CASES[0], CASES[1],
                CASES[2], CASES[3], "peak heap", "snapshot / V1 (KiB)", "diff lines");
        try {
            for (ScaleModel.Mix mix : ScaleModel.Mix.values()) {
                Map<Integer, Result> bySize = new LinkedHashMap<>();
                for (int size : sizes) {
                    Result result = measure(work.resolve(mix + "-" + size), mix, size, measurement);
                    bySize.put(size, result);
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s",
                            mix.name().toLowerCase(Locale.ROOT) + " " + size));
                    for (Measurement.Timing timing : result.timings()) {
                        line.append(String.format(Locale.ROOT, " %8.0f (%7.0f)", timing.wallMillis(),
                                timing.cpuMillis()));
                    }
                    System.out.println(line.append(String.format(Locale.ROOT, " %6.0f MiB %9.0f / %9.0f %10d",
                            result.peakMiB(), result.snapshotBytes() / 1024.0, result.v1Bytes() / 1024.0,
                            result.diffLines())));
                }
                recordGrowth(measurement, mix, bySize);
            }
        } finally {
            delete(work);
        }
        System.out.println();
        System.out.println("Growth (time of the larger model / time of the smaller, wall-clock and process CPU; linear"
                + " is 2.00):");
        measurement.report().forEach(System.out::println);
    }

    /**
     * The timings of the four cases, in the order of {@link #CASES}; the peak heap of a first run; the sizes of the
     * snapshot and of the V1 it describes after a first run; and how many lines of the snapshot a one-column change
     * removes or adds (what a reviewer sees of it).
     */
    private record Result(List<Measurement.Timing> timings, double peakMiB, long snapshotBytes, long v1Bytes,
                          int diffLines) {
    }

    private static Result measure(Path project, ScaleModel.Mix mix, int size, Measurement measurement)
            throws Exception {
        Path config = project.resolve("pgcraft.xml");
        Path changedConfig = project.resolve("pgcraft-changed.xml");
        Path migrations = project.resolve("migration");
        Files.createDirectories(project);
        Files.writeString(config, ScaleModel.xml(mix, size, false), StandardCharsets.UTF_8);
        Files.writeString(changedConfig, ScaleModel.xml(mix, size, true), StandardCharsets.UTF_8);
        Generator generator = new Generator(message -> { });
        GenerateOptions options = new GenerateOptions(config, "pgcraft.xml", migrations, null, false);
        GenerateOptions changed = new GenerateOptions(changedConfig, "pgcraft.xml", migrations, null, false);

        Measurement.Timing first = measurement.best(() -> delete(migrations),
                () -> expectWrites(generator, options, true));
        Path snapshot = migrations.resolve("pgcraft-snapshot.json");
        byte[] firstSnapshot = Files.readAllBytes(snapshot);
        Measurement.Timing noChange = measurement.best(() -> { }, () -> expectWrites(generator, options, false));
        Measurement.Timing oneColumn = measurement.best(() -> {
            deleteSecondMigration(migrations);
            Files.write(snapshot, firstSnapshot);
        }, () -> expectWrites(generator, changed, true));
        deleteSecondMigration(migrations);
        Files.write(snapshot, firstSnapshot);
        Checker checker = new Checker(message -> { }, message -> { });
        CheckOptions checkOptions = new CheckOptions(config, "pgcraft.xml", migrations, "migration");
        Measurement.Timing check = measurement.best(() -> { }, () -> checker.check(checkOptions));
        expectWrites(generator, changed, true);
        int diffLines = changedLines(firstSnapshot, Files.readAllBytes(snapshot));
        long v1Bytes;
        try (Stream<Path> files = Files.list(migrations)) {
            v1Bytes = Files.size(files.filter(f -> f.getFileName().toString().startsWith("V1__")).findFirst()
                    .orElseThrow());
        }

        delete(migrations);
        double peak = peakHeapMiB(() -> expectWrites(generator, options, true));
        delete(project);
        return new Result(List.of(first, noChange, oneColumn, check), peak, firstSnapshot.length, v1Bytes,
                diffLines);
    }

    /** Lines in one text and not the other, both ways: a line diff's count for changes that keep the order. */
    private static int changedLines(byte[] before, byte[] after) {
        List<String> a = new String(before, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(after, StandardCharsets.UTF_8).lines().toList();
        Map<String, Integer> count = new HashMap<>();
        a.forEach(line -> count.merge(line, 1, Integer::sum));
        b.forEach(line -> count.merge(line, -1, Integer::sum));
        return count.values().stream().mapToInt(Math::abs).sum();
    }

    private static void expectWrites(Generator generator, GenerateOptions options, boolean writes) {
        if (generator.generate(options).wroteSomething() != writes) {
            throw new IllegalStateException("generate " + (writes ? "wrote nothing" : "wrote a migration")
                    + " for " + options.config());
        }
    }

    private static double peakHeapMiB(Measurement.Work work) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        work.run();
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return peak / (1024.0 * 1024.0);
    }

    private static void recordGrowth(Measurement measurement, ScaleModel.Mix mix, Map<Integer, Result> bySize) {
        List<Integer> sizes = new ArrayList<>(bySize.keySet());
        String name = mix.name().toLowerCase(Locale.ROOT);
        for (int i = 1; i < sizes.size(); i++) {
            for (int c = 0; c < CASES.length; c++) {
                Measurement.Timing larger = bySize.get(sizes.get(i)).timings().get(c);
                Measurement.Timing smaller = bySize.get(sizes.get(i - 1)).timings().get(c);
                String what = name + " " + sizes.get(i) + ": " + CASES[c];
                measurement.record(what + ", wall", larger.wallMillis(), name + " " + sizes.get(i - 1),
                        smaller.wallMillis());
                measurement.record(what + ", CPU", larger.cpuMillis(), name + " " + sizes.get(i - 1),
                        smaller.cpuMillis());
            }
        }
    }

    private static void deleteSecondMigration(Path migrations) throws IOException {
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[VU]2__.*")).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
