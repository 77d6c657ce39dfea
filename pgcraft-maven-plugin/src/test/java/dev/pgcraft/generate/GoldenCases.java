package dev.pgcraft.generate;

import dev.pgcraft.resolve.Registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Golden case folders under {@code src/test/resources/generate/}: {@code steps/1.xml, 2.xml, …} (or {@code from.xml}
 * and {@code to.xml}) are successive versions of a model; {@code expected/} holds the migrations, undo files and
 * the {@code pgcraft-snapshot.json} generating them one after the other must write.
 * Run with {@code -Dpgcraft.golden.update=true} to rewrite the expected files after an intended change, then review
 * the diff; in that mode every case fails after rewriting, so a build with the property set can never pass.
 */
final class GoldenCases {

    /** The system property that rewrites the expected files instead of comparing them. */
    static final String UPDATE_PROPERTY = "pgcraft.golden.update";

    static final String CONFIG_NAME = "src/main/pgcraft/pgcraft.xml";

    private GoldenCases() {
    }

    static Path root() {
        try {
            return Path.of(GoldenCases.class.getResource("/generate").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case folder; none at all means the resources were not found, which must not pass as "all green". */
    static List<Path> cases() {
        return cases(root());
    }

    static List<Path> cases(Path root) {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(root)) {
            cases = folders.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no golden case folder under " + root
                    + ": a golden suite that runs no case proves nothing");
        }
        return cases;
    }

    /** The failure of a case in update mode, after its expected files were rewritten. */
    static String rewritten(Path expectedDir) {
        return "rewritten: review the diff of " + expectedDir + " and run again without -D" + UPDATE_PROPERTY;
    }

    static List<Path> steps(Path caseFolder) {
        // A two-step case reads best as from.xml → to.xml: the migration under test is V2, its undo U2.
        if (Files.exists(caseFolder.resolve("from.xml"))) {
            return List.of(caseFolder.resolve("from.xml"), caseFolder.resolve("to.xml"));
        }
        List<Path> steps;
        try (Stream<Path> files = Files.list(caseFolder.resolve("steps"))) {
            steps = files.filter(f -> f.toString().endsWith(".xml"))
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException("golden case " + caseFolder.getFileName() + " has no steps/*.xml");
        }
        return steps;
    }

    /**
     * Generates every step of a case into {@code migrations}; returns the results in order. {@code views} says what
     * the model's views read and return: {@link ViewProbe#NONE} for a case without views, the embedded server's
     * ({@code TestPostgres.views()}, from a DB test) for one with views.
     */
    static List<GenerateResult> generateAll(Path caseFolder, Path project, boolean allowDestructive, ViewProbe views)
            throws IOException {
        Path config = project.resolve(CONFIG_NAME);
        Files.createDirectories(config.getParent());
        List<GenerateResult> results = new ArrayList<>();
        for (Path step : steps(caseFolder)) {
            Files.copy(step, config, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            results.add(new Generator(message -> { }, Registry.builtin(), views)
                    .generate(new GenerateOptions(config, CONFIG_NAME, migrations(project), null, allowDestructive)));
        }
        return results;
    }

    /** Whether a step of the case declares a view: PostgreSQL must then say what it is (a DB test). */
    static boolean hasViews(Path caseFolder) {
        return steps(caseFolder).stream().map(GoldenCases::read)
                .anyMatch(xml -> xml.contains("<view ") || xml.contains("<materializedView "));
    }

    static Path migrations(Path project) {
        return project.resolve("src/main/resources/db/migration");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(Path step) {
        String name = step.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.indexOf('.')));
    }
}
