package dev.pgcraft.bench;

import dev.pgcraft.embedded.EmbeddedOptions;
import dev.pgcraft.embedded.EmbeddedPostgresServer;
import dev.pgcraft.generate.GenerateOptions;
import dev.pgcraft.generate.Generator;
import dev.pgcraft.generate.Proof;
import dev.pgcraft.prove.Prover;
import dev.pgcraft.prove.ServerViewProbe;
import dev.pgcraft.resolve.Registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What proving costs {@code generate}: the shop example's first generate without proving (the baseline), with
 * proving on a server already running (as after {@code pgcraft:start} in the same build), and with proving on a
 * server generate starts and stops itself (the default). Issue target: proving adds at most 2 s on a warm machine.
 *
 * <p>Run: {@code ./mvnw -q install -DskipTests -Dinvoker.skip && ./mvnw -q -pl pgcraft-maven-plugin exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.pgcraft.bench.ProveBenchmark [-Dexec.args=runs]}.
 */
public final class ProveBenchmark {

    private ProveBenchmark() {
    }

    private static Generator generator(EmbeddedPostgresServer server) {
        return new Generator(m -> { }, Registry.builtin(), new ServerViewProbe(server::connectionSettings, m -> { }));
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path model = shopModel();
        Path migrations = Files.createTempDirectory("pgcraft-prove-bench-");
        GenerateOptions options = new GenerateOptions(model, "examples/shop/src/main/pgcraft/pgcraft.xml", migrations,
                null, false);
        // The binaries jar as a mojo passes it: servers then start from a copied, initialised cluster.
        EmbeddedOptions server = new EmbeddedOptions(binariesJar(), null, 0);
        Measurement measurement = new Measurement(runs);
        Measurement.Work clean = () -> empty(migrations);
        // The shop has views: PostgreSQL says what they are at every generate, so "not proving" asks a running
        // server about them too, and the difference is what proving the migration adds.
        double plain;
        double runningMillis;
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(server)) {
            plain = measurement.bestMillis(clean, () -> generator(running).generate(options, Proof.NONE));
            runningMillis = measurement.bestMillis(clean, () -> generator(running).generate(options,
                    new Prover(running::connectionSettings, m -> { })));
        }
        double ownServer = measurement.bestMillis(clean, () -> {
            try (EmbeddedPostgresServer own = EmbeddedPostgresServer.start(server)) {
                generator(own).generate(options, new Prover(own::connectionSettings, m -> { }));
            }
        });
        double startOnly = measurement.bestMillis(() -> EmbeddedPostgresServer.start(server).close());
        double initdbStart = measurement.bestMillis(() -> EmbeddedPostgresServer.start(EmbeddedOptions.defaults())
                .close());
        measurement.record("generate shop, proving on a running server", runningMillis, "generate shop, not proving",
                plain);
        measurement.record("generate shop, proving on its own server", ownServer, "generate shop, not proving", plain);
        measurement.record("server start+stop from the cluster template", startOnly, "start+stop with initdb",
                initdbStart);
        measurement.report().forEach(System.out::println);
        System.out.printf("proving adds %.0f ms (server running) / %.0f ms (own server); target <= 2000 ms%n",
                runningMillis - plain, ownServer - plain);
        empty(migrations);
        Files.delete(migrations);
    }

    /** zonky's binaries jar on the test class path (the one {@code EmbeddedOptions.defaults()} unpacks). */
    private static Path binariesJar() throws Exception {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("mac") ? "darwin" : "linux";
        String arch = System.getProperty("os.arch").replace("amd64", "x86_64");
        java.net.URL archive = ProveBenchmark.class.getClassLoader().getResource("postgres-" + os + "-" + arch + ".txz");
        if (archive == null || !"jar".equals(archive.getProtocol())) {
            throw new IllegalStateException("no zonky binaries jar for " + os + "-" + arch + " on the class path");
        }
        String file = archive.getPath();
        return Paths.get(new java.net.URI(file.substring(0, file.indexOf("!/"))));
    }

    private static Path shopModel() {
        for (Path candidate : new Path[] {Paths.get("examples/shop/src/main/pgcraft/pgcraft.xml"),
                Paths.get("../examples/shop/src/main/pgcraft/pgcraft.xml")}) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("run from the repository or the plugin folder: examples/shop not found");
    }

    private static void empty(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }
}
