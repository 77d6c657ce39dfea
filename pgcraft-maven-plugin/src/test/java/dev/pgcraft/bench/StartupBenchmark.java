package dev.pgcraft.bench;

import dev.pgcraft.check.CheckOptions;
import dev.pgcraft.check.Checker;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.model.config.ConfigReader;
import dev.pgcraft.model.config.SchemaCatalog;
import dev.pgcraft.model.spi.TemplateEngine;
import dev.pgcraft.resolve.Registry;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a whole process pays once before {@code generate} or {@code check} does any work proportional to the model,
 * in fresh JVMs, two ways. "As the goals run": a first {@code generate} of a model of four dimensions (one of each
 * kind), then {@code check}, then the total from JVM start, as the Maven goals would call the engine. "Stage by
 * stage": each stage's first call, in the order a first {@code generate} meets them, with the classes it loaded;
 * every stage caches what it builds, so a later stage does not pay for an earlier one again: scanning the class path
 * for XSD descriptors, compiling the XSDs ({@code Schemas}), the JAXB context, reading a small {@code pgcraft.xml},
 * the {@code ServiceLoader} scan of kinds and plugins ({@code Registry}), one Velocity engine, the first
 * {@code generate} and {@code check}, and the same {@code generate} again in another folder (what the work costs
 * once the JVM is warm).
 *
 * <p>Arguments: {@code [processes]}, default 7 fresh JVMs per table, each line the median (wall-clock and process
 * CPU in ms, classes loaded). Two stages reach package-private code by reflection, so the benchmark times exactly
 * what {@code ConfigReader} caches. The child JVMs get this JVM's class path: run it with the class path under test.
 */
public final class StartupBenchmark {

    private static final String STAGES = "--stages";
    private static final String WHOLE = "--whole";

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(STAGES)) {
            stages(Path.of(args[1]));
            return;
        }
        if (args.length > 0 && args[0].equals(WHOLE)) {
            whole(Path.of(args[1]));
            return;
        }
        int processes = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path work = Files.createTempDirectory("pgcraft-startup-bench");
        Map<String, Map<String, List<double[]>>> tables = new LinkedHashMap<>();
        try {
            for (int p = 0; p < processes; p++) {
                for (String mode : List.of(WHOLE, STAGES)) {
                    Map<String, List<double[]>> table = tables.computeIfAbsent(mode, k -> new LinkedHashMap<>());
                    for (String line : runChild(mode, work.resolve(mode.substring(2) + p))) {
                        String[] parts = line.split("\t");
                        table.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new double[] {
                                Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                                Double.parseDouble(parts[3])});
                    }
                }
            }
        } finally {
            delete(work);
        }
        System.out.printf(Locale.ROOT, "Medians of %d fresh JVMs each: wall-clock ms, process CPU ms, classes loaded%n",
                processes);
        print("as the goals run (first call in a fresh JVM)", tables.get(WHOLE));
        print("stage by stage (each stage's first call)", tables.get(STAGES));
    }

    private static void print(String title, Map<String, List<double[]>> table) {
        System.out.printf(Locale.ROOT, "%n%-58s %9s %9s %8s%n", title, "wall", "CPU", "classes");
        for (Map.Entry<String, List<double[]>> stage : table.entrySet()) {
            System.out.printf(Locale.ROOT, "%-58s %9.0f %9.0f %8.0f%n", stage.getKey(),
                    median(stage.getValue(), 0), median(stage.getValue(), 1), median(stage.getValue(), 2));
        }
    }

    private static List<String> runChild(String mode, Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StartupBenchmark.class.getName(), mode, dir.toString()).redirectErrorStream(false).start();
        process.getOutputStream().close();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("\t")) {
                    lines.add(line);
                }
            }
        }
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the child JVM failed:\n" + errors);
        }
        return lines;
    }

    private static double median(List<double[]> values, int index) {
        double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** One fresh JVM as a goal runs: a first {@code generate}, then {@code check}, then the total. */
    private static void whole(Path dir) throws Exception {
        long startedAt = started();
        Path config = smallModel(dir);
        stage("first generate, 4 dimensions (one per kind)", () -> new Generator(message -> { }).generate(
                new GenerateOptions(config, "pgcraft.xml", dir.resolve("migration"), null, false)));
        stage("then check", () -> new Checker(message -> { }, message -> { }).check(
                new CheckOptions(config, "pgcraft.xml", dir.resolve("migration"), "migration")));
        total(startedAt);
    }

    private static long started() {
        long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d%n", "JVM start to main", System.currentTimeMillis()
                - startedAt, 0, ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        return startedAt;
    }

    private static Path smallModel(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path config = dir.resolve("pgcraft.xml");
        Files.writeString(config, ScaleModel.xml(ScaleModel.Mix.MIXED, 4, false), StandardCharsets.UTF_8);
        return config;
    }

    private static void total(long startedAt) {
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%d%n", "total, JVM start to the end of the check",
                System.currentTimeMillis() - startedAt, process.getProcessCpuTime() / 1e6,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
    }

    /** One fresh JVM: every stage once, printed as {@code name TAB wall TAB cpu TAB classes}. */
    private static void stages(Path dir) throws Exception {
        long startedAt = started();
        Path config = smallModel(dir);
        ClassLoader loader = StartupBenchmark.class.getClassLoader();
        SchemaCatalog[] catalog = new SchemaCatalog[1];
        stage("class-path scan for XSDs (SchemaCatalog.found)", () -> catalog[0] = SchemaCatalog.found(loader));
        stage("XSD compile (Schemas.compiled)", () -> {
            Method compiled = Class.forName("dev.pgcraft.model.config.Schemas")
                    .getDeclaredMethod("compiled", SchemaCatalog.class, ClassLoader.class);
            compiled.setAccessible(true);
            compiled.invoke(null, catalog[0], loader);
        });
        stage("JAXB context (ConfigReader.Binding)", () -> {
            Class<?> binding = Class.forName("dev.pgcraft.model.config.ConfigReader$Binding", true, loader);
            try {
                Method context = binding.getDeclaredMethod("context");
                context.setAccessible(true);
                context.invoke(null);
            } catch (NoSuchMethodException e) {
                // Built when the class is initialised (before the background build).
            }
        });
        stage("read pgcraft.xml of 4 dimensions", () -> ConfigReader.read(config, "pgcraft.xml", loader));
        stage("ServiceLoader scan (Registry.builtin)", Registry::builtin);
        stage("one Velocity engine (TemplateEngine)",
                () -> new TemplateEngine(StartupBenchmark.class, "dev/pgcraft/bench/"));
        Generator generator = new Generator(message -> { });
        stage("first generate, 4 dimensions (one per kind)", () -> generator.generate(
                new GenerateOptions(config, "pgcraft.xml", dir.resolve("migration"), null, false)));
        stage("first check of it", () -> new Checker(message -> { }, message -> { }).check(
                new CheckOptions(config, "pgcraft.xml", dir.resolve("migration"), "migration")));
        total(startedAt);
        stage("the same generate again, warm (another folder)", () -> generator.generate(
                new GenerateOptions(config, "pgcraft.xml", dir.resolve("again"), null, false)));
    }

    private static void stage(String name, Measurement.Work work) throws Exception {
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var classes = ManagementFactory.getClassLoadingMXBean();
        long loaded = classes.getTotalLoadedClassCount();
        long cpu = process.getProcessCpuTime();
        long start = System.nanoTime();
        work.run();
        System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%d%n", name, (System.nanoTime() - start) / 1e6,
                (process.getProcessCpuTime() - cpu) / 1e6, classes.getTotalLoadedClassCount() - loaded);
    }

    private static void delete(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
