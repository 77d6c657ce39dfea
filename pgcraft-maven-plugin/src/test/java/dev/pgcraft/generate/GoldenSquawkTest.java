package dev.pgcraft.generate;

import dev.pgcraft.migrate.SqlScript;
import dev.pgcraft.migrate.SqlStatement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs squawk, a linter for PostgreSQL migrations, over every golden migration and undo file, and fails on any finding
 * docs/migrations.md does not list as known and intended ("What squawk reports, and why it stays").
 *
 * <p>squawk reads a file as one script; pgcraft runs it in two parts. So each file is cut at its
 * {@value SqlScript#NON_TRANSACTIONAL_MARKER} line: the part before is linted as running inside a transaction
 * ({@code --assume-in-transaction}, as migrate runs it), the part after as running outside one, each padded with
 * blank lines so that line numbers stay the file's. A finding on a statement about a table the same file creates is
 * not counted: an empty new table blocks nobody, which squawk cannot know for constraints added after
 * {@code CREATE TABLE}.
 *
 * <p>squawk-cli is installed by this test from the npm registry into {@code target/squawk} (pinned version; its
 * binary comes in a platform package of the same registry), not expected on the machine.
 */
class GoldenSquawkTest {

    static final String SQUAWK_VERSION = "2.66.0";

    private static final Path INSTALL = Path.of("target", "squawk");
    private static final Path WORK = Path.of("target", "squawk-input");
    private static final Path DOC = Path.of("..", "docs", "migrations.md");
    private static final Pattern GCC = Pattern.compile("^(.+):(\\d+):(\\d+): \\w+: (\\S+) (.*)$");
    private static final Pattern DOC_ROW = Pattern.compile("^\\| ((?:`[a-z-]+`(?:, )?)+) \\|.*");
    private static final Pattern RULE = Pattern.compile("`([a-z-]+)`");
    private static final Pattern CREATED_TABLE = Pattern.compile(
            "(?m)^CREATE (?:TABLE|MATERIALIZED VIEW) (\"[^\"]+\"\\.\"[^\"]+\")");
    private static final Pattern TARGET_TABLE = Pattern.compile(
            "^(?:ALTER TABLE|CREATE (?:UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?\"[^\"]+\"\\s+ON)"
                    + "\\s+(\"[^\"]+\"\\.\"[^\"]+\")");

    record Finding(String file, int line, String rule, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + rule + " " + message;
        }
    }

    @Test
    void squawkFindsNothingTheDocsDoNotListAsKnownAndIntended() throws Exception {
        Path squawk = install();
        Map<String, String> known = knownRules();
        List<Path> transactional = new ArrayList<>();
        List<Path> nonTransactional = new ArrayList<>();
        Map<String, Path> originals = new TreeMap<>();
        for (Path folder : GoldenCases.cases()) {
            try (Stream<Path> files = Files.list(folder.resolve("expected"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                    String name = folder.getFileName() + "/" + file.getFileName();
                    originals.put(name, file);
                    split(name, Files.readString(file, StandardCharsets.UTF_8), transactional, nonTransactional);
                }
            }
        }
        List<Finding> findings = new ArrayList<>(run(squawk, transactional, true));
        findings.addAll(run(squawk, nonTransactional, false));

        Set<String> seen = new TreeSet<>();
        List<Finding> unlisted = new ArrayList<>();
        int onNewTables = 0;
        for (Finding finding : findings) {
            String text = Files.readString(originals.get(finding.file()), StandardCharsets.UTF_8);
            if (onTableCreatedInFile(text, finding.line())) {
                onNewTables++;
            } else if (known.containsKey(finding.rule())) {
                seen.add(finding.rule());
            } else {
                unlisted.add(finding);
            }
        }
        if (!unlisted.isEmpty()) {
            fail("squawk " + SQUAWK_VERSION + " reports " + unlisted.size() + " finding(s) that " + DOC
                    + " does not list as known and intended; fix the generated SQL or list the rule there with why:\n"
                    + unlisted.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
        Set<String> stale = new TreeSet<>(known.keySet());
        stale.removeAll(seen);
        assertEquals(Set.of(), stale, "rules " + DOC + " lists that squawk no longer reports on any golden file: "
                + "take them out of the list");
        if (onNewTables == 0 || originals.size() < 20) {
            fail("implausible run: " + originals.size() + " files, " + onNewTables + " findings on new tables");
        }
    }

    /** The rules of the table under "What squawk reports, and why it stays", with their reasons. */
    static Map<String, String> knownRules() throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                inSection = line.contains("What squawk reports");
            }
            Matcher row = DOC_ROW.matcher(line);
            if (inSection && row.matches()) {
                Matcher rule = RULE.matcher(row.group(1));
                while (rule.find()) {
                    rules.put(rule.group(1), line);
                }
            }
        }
        if (rules.isEmpty()) {
            fail(DOC + " has no table of squawk rules under a heading \"What squawk reports, and why it stays\"");
        }
        return rules;
    }

    /** Whether the statement at {@code line} is about a table the same file creates. */
    static boolean onTableCreatedInFile(String text, int line) {
        Set<String> created = new TreeSet<>();
        Matcher matcher = CREATED_TABLE.matcher(text);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        SqlStatement at = null;
        for (SqlStatement statement : SqlScript.split(text)) {
            if (statement.line() <= line) {
                at = statement;
            }
        }
        if (at == null) {
            return false;
        }
        Matcher target = TARGET_TABLE.matcher(at.sql().strip());
        return target.find() && created.contains(target.group(1));
    }

    /** Writes the two parts of {@code text}, each padded to keep the file's line numbers. */
    private static void split(String name, String text, List<Path> transactional, List<Path> nonTransactional)
            throws IOException {
        List<String> lines = text.lines().toList();
        int marker = lines.indexOf(SqlScript.NON_TRANSACTIONAL_MARKER);
        List<String> before = marker < 0 ? lines : lines.subList(0, marker);
        Path tx = WORK.resolve("tx").resolve(name);
        Files.createDirectories(tx.getParent());
        Files.write(tx, before, StandardCharsets.UTF_8);
        transactional.add(tx);
        if (marker >= 0) {
            List<String> after = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                after.add(i <= marker ? "" : lines.get(i));
            }
            Path ntx = WORK.resolve("ntx").resolve(name);
            Files.createDirectories(ntx.getParent());
            Files.write(ntx, after, StandardCharsets.UTF_8);
            nonTransactional.add(ntx);
        }
    }

    private static List<Finding> run(Path squawk, List<Path> files, boolean inTransaction) throws Exception {
        if (files.isEmpty()) {
            return List.of();
        }
        Path part = WORK.resolve(inTransaction ? "tx" : "ntx");
        List<String> command = new ArrayList<>(List.of(squawk.toAbsolutePath().toString(), "--reporter", "gcc",
                "--pg-version", "18.0"));
        if (inTransaction) {
            command.add("--assume-in-transaction");
        }
        files.forEach(file -> command.add(part.relativize(file).toString()));
        Process process = new ProcessBuilder(command).directory(part.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("squawk did not finish in 5 minutes");
        }
        List<Finding> findings = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher matcher = GCC.matcher(line);
            if (matcher.matches()) {
                findings.add(new Finding(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(4),
                        matcher.group(5)));
            } else if (!line.isBlank() && !line.startsWith("Found ") && !line.contains("issue")) {
                fail("unexpected squawk output line: " + line + "\nwhole output:\n" + output);
            }
        }
        // squawk exits 1 when it found something, 0 when not; anything else is squawk failing.
        if (process.exitValue() > 1) {
            fail("squawk failed (exit " + process.exitValue() + "):\n" + output);
        }
        return findings;
    }

    /** squawk-cli from the npm registry into target/squawk, once per clean build. */
    static Path install() throws Exception {
        Path binary = INSTALL.resolve("node_modules").resolve(".bin").resolve("squawk");
        if (Files.isExecutable(binary)) {
            return binary;
        }
        Files.createDirectories(INSTALL);
        List<String> command = List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
                INSTALL.toAbsolutePath().toString(), "squawk-cli@" + SQUAWK_VERSION);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("this test installs squawk-cli with npm, and npm cannot be started (" + e.getMessage()
                    + "): install Node.js with npm");
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isExecutable(binary)) {
            fail(String.join(" ", command) + " failed:\n" + output);
        }
        return binary;
    }
}
