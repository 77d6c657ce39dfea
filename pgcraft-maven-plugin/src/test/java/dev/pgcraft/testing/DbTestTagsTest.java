package dev.pgcraft.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every test class that reaches PostgreSQL carries {@link DbTest}, read from the sources: a class reaches it when it
 * names an entry point ({@link TestPostgres}, the Verifier, {@link Convergence}) or a test helper that does,
 * transitively. The no-db run's guards catch what this misses at run time; this test catches it in every run, so a
 * forgotten tag does not wait for someone to run {@code -Pno-db}.
 */
class DbTestTagsTest {

    private static final Path SOURCES = Path.of("src/test/java");
    private static final Pattern ENTRY_POINTS = Pattern.compile(
            "\\bTestPostgres\\.(pg18|pg17|freshDatabase)\\b|\\bnew Verifier\\b|\\bConvergence\\.assert|"
                    + "\\bEmbeddedPostgresServer\\.start\\(EmbeddedOptions\\.defaults");
    private static final Pattern TEST_METHOD = Pattern.compile("@(Test|TestFactory|ParameterizedTest|RepeatedTest)\\b");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    private static final Pattern EXTENDS = Pattern.compile("\\bclass \\w+ extends (\\w+)");

    @Test
    void everyTestThatReachesPostgresqlIsTaggedDb() throws IOException {
        Map<String, String> sources = sources();
        Set<String> reaching = reachingPostgresql(sources);
        List<String> untagged = new ArrayList<>();
        for (String name : reaching) {
            String source = sources.get(name);
            if (TEST_METHOD.matcher(source).find() && !tagged(name, sources)) {
                untagged.add(name);
            }
        }
        assertEquals(List.of(), untagged, "test classes that reach PostgreSQL without @DbTest (on the class, a"
                + " superclass, or the methods that need it)");
        assertTrue(reaching.contains("MigratorTest") && reaching.contains("GoldenConvergenceTest"),
                "the scan finds known database tests: " + reaching);
    }

    @Test
    void theTagIsTheOneTheNoDbProfileExcludes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<excludedGroups>" + DbTest.TAG + "</excludedGroups>"), "pom.xml's no-db profile");
    }

    /** Classes naming an entry point, then those naming such a class, until nothing is added. */
    private static Set<String> reachingPostgresql(Map<String, String> sources) {
        Set<String> reaching = new TreeSet<>();
        sources.forEach((name, source) -> {
            if (ENTRY_POINTS.matcher(source).find() && !name.equals("TestPostgres") && !name.equals("Convergence")) {
                reaching.add(name);
            }
        });
        Set<String> helpers = new LinkedHashSet<>(List.of("TestPostgres", "Convergence"));
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Map.Entry<String, String> entry : sources.entrySet()) {
                if (reaching.contains(entry.getKey()) || helpers.contains(entry.getKey())) {
                    continue;
                }
                Set<String> candidates = new LinkedHashSet<>(helpers);
                candidates.addAll(helpersAmong(reaching, sources));
                for (String helper : candidates) {
                    if (Pattern.compile("\\b" + helper + "\\b").matcher(entry.getValue()).find()) {
                        reaching.add(entry.getKey());
                        grown = true;
                        break;
                    }
                }
            }
        }
        return reaching;
    }

    /** The reaching classes that are helpers (no test methods of their own), which others may call. */
    private static Set<String> helpersAmong(Set<String> reaching, Map<String, String> sources) {
        Set<String> helpers = new LinkedHashSet<>();
        for (String name : reaching) {
            if (!TEST_METHOD.matcher(sources.get(name)).find()) {
                helpers.add(name);
            }
        }
        return helpers;
    }

    private static boolean tagged(String name, Map<String, String> sources) {
        String source = sources.get(name);
        if (source == null) {
            return false;
        }
        if (source.contains("@DbTest")) {
            return true;
        }
        Matcher parent = EXTENDS.matcher(source);
        return parent.find() && tagged(parent.group(1), sources);
    }

    /**
     * Simple class name → source text without comments, for every file under src/test/java but the tag and this
     * test, which name the entry points without reaching them.
     */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (!name.equals("DbTest") && !name.equals("DbTestTagsTest")) {
                    sources.put(name, COMMENTS.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(""));
                }
            }
        }
        return sources;
    }
}
