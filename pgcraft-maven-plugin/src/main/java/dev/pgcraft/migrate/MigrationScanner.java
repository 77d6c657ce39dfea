package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the migrations ({@code V<n>__...}) and undo files ({@code U<n>__...}) in one directory (not its
 * subdirectories: generate writes them flat). The snapshot and anything else that does not look like a
 * migration are ignored; a file that looks like one but is misnamed is an error, because silently skipping it is
 * how a schema change gets lost. Every file is read and split into statements here, so an encoding error or a
 * misplaced {@value SqlScript#NON_TRANSACTIONAL_MARKER} marker fails before anything touches the database.
 */
public final class MigrationScanner {

    private static final Pattern NAME = Pattern.compile("([VU])(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    // Close enough to a migration name that skipping it would surprise: v1__x.sql, V1_init.sql, V2.sql, u3.sql.
    private static final Pattern LOOKS_LIKE = Pattern.compile("(?i)[vu]\\d.*\\.sql|[VU].*__.*\\.sql");
    private static final Pattern DIRECTIVE =
            Pattern.compile("--\\s*pgcraft:min-postgresql\\b\\s*(\\S*)\\s*(.*)");
    private static final Pattern NOTIFY = Pattern.compile("--\\s*pgcraft:notify\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(.+)");

    private MigrationScanner() {
    }

    /** All migrations in {@code dir}, sorted by version; an empty list when the directory does not exist. */
    public static List<MigrationFile> scan(Path dir) {
        return scanAll(dir).versioned();
    }

    /**
     * The migrations and the undo files in {@code dir}; nothing when the directory does not exist. Undo files are
     * checked like migrations (encoding, names, duplicates), and each must belong to a migration of its version.
     */
    public static MigrationFiles scanAll(Path dir) {
        Listing listing = listing(dir);
        List<Problem> problems = new ArrayList<>(listing.problems());
        TreeMap<MigrationVersion, MigrationFile> versioned = new TreeMap<>();
        TreeMap<MigrationVersion, MigrationFile> undo = new TreeMap<>();
        for (MigrationFile file : listing.files()) {
            MigrationFile other = versioned.putIfAbsent(file.version(), file);
            if (other != null) {
                problems.add(duplicate(file.path(), false, other.version().toString(), other.script(), file.script()));
            }
        }
        for (MigrationFile file : listing.undoFiles()) {
            MigrationFile other = undo.putIfAbsent(file.version(), file);
            if (other != null) {
                problems.add(duplicate(file.path(), true, other.version().toString(), other.script(), file.script()));
            }
        }
        undo.values().stream().filter(file -> !versioned.containsKey(file.version()))
                .forEach(file -> problems.add(undoWithoutMigration(file, dir)));
        if (!problems.isEmpty()) {
            // In file order, however they were found: reading problems first, duplicates after.
            problems.sort(Comparator.comparing(problem -> problem.location() == null ? ""
                    : problem.location().file()));
            throw new PgcraftException(problems);
        }
        return new MigrationFiles(List.copyOf(versioned.values()), List.copyOf(undo.values()));
    }

    /**
     * The versions of the migrations in {@code dir}, sorted, from the file names alone: what {@code generate} needs
     * to number the next one. A misnamed file or a version held by two migrations is an error, as in {@link #scan};
     * the files are not read: reading, splitting and checksumming them is for {@code migrate} and {@code check},
     * and was a large part of a {@code generate} that had nothing to do.
     */
    public static List<MigrationVersion> versions(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        TreeMap<MigrationVersion, Path> versions = new TreeMap<>();
        for (Path path : list(dir)) {
            Matcher matcher = named(path, problems);
            if (matcher != null && matcher.group(1).equals("V")) {
                MigrationVersion version = MigrationVersion.parse(matcher.group(2));
                Path other = versions.putIfAbsent(version, path);
                if (other != null) {
                    problems.add(duplicate(path, false, versions.ceilingKey(version).toString(),
                            other.getFileName().toString(), path.getFileName().toString()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PgcraftException(problems);
        }
        return List.copyOf(versions.keySet());
    }

    /**
     * Every file in {@code dir} named like a migration or an undo file, in file-name order, duplicate versions
     * included, with the problems of the files that could not be read or are misnamed (a file with a problem is
     * not in the lists). Throws only when the directory cannot be listed. For {@code check}, which reports
     * duplicate versions in its own words; {@link #scan} is what runs migrations.
     */
    public static Listing listing(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Listing(List.of(), List.of(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        List<MigrationFile> files = new ArrayList<>();
        List<MigrationFile> undoFiles = new ArrayList<>();
        for (Path path : list(dir)) {
            Matcher matcher = named(path, problems);
            if (matcher == null) {
                continue;
            }
            boolean isUndo = matcher.group(1).equals("U");
            MigrationFile file = read(path, MigrationVersion.parse(matcher.group(2)),
                    matcher.group(3).replace('_', ' '), problems);
            if (file != null) {
                (isUndo ? undoFiles : files).add(file);
            }
        }
        return new Listing(files, undoFiles, problems);
    }

    /**
     * The name of a migration or undo file, matched ({@code V|U}, version, description); {@code null} for any other
     * file, after adding a problem when it looks like one but is misnamed.
     */
    private static Matcher named(Path path, List<Problem> problems) {
        String name = path.getFileName().toString();
        Matcher matcher = NAME.matcher(name);
        if (matcher.matches()) {
            return matcher;
        }
        if (LOOKS_LIKE.matcher(name).matches()) {
            problems.add(misnamed(path, name));
        }
        return null;
    }

    private static Problem duplicate(Path path, boolean isUndo, String version, String first, String second) {
        String kind = isUndo ? "undo files" : "migrations";
        String prefix = isUndo ? "U" : "V";
        return Problem.at(SourceLocation.of(path.toString()), "PGC-MIGRATE-DUPLICATE-VERSION",
                "Two " + kind + " have version " + version + ": " + first + " and " + second
                        + " (two branches both generated " + prefix + version + ")",
                "Regenerate one of them: delete it, merge the branches' pgcraft.xml, run pgcraft:generate.");
    }

    private static Problem undoWithoutMigration(MigrationFile file, Path dir) {
        return Problem.at(SourceLocation.of(file.path().toString()), "PGC-MIGRATE-UNDO-WITHOUT-MIGRATION",
                file.script() + " undoes version " + file.version() + ", but " + dir + " has no migration V"
                        + file.version() + "__<description>.sql",
                "Delete it, or rename it to the version of the migration it undoes.");
    }

    /**
     * What {@link #listing} found: the migration files, the undo files, and the problems of files it could not
     * take.
     */
    public record Listing(List<MigrationFile> files, List<MigrationFile> undoFiles, List<Problem> problems) {

        public Listing {
            files = List.copyOf(files);
            undoFiles = List.copyOf(undoFiles);
            problems = List.copyOf(problems);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            // Sorted by name so that problems are reported in a stable order.
            return entries.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-READ",
                    "Cannot list migrations in " + dir + ": " + e.getMessage(),
                    "Check that the directory is readable (property pgcraft.migrations)."), e);
        }
    }

    private static Problem misnamed(Path path, String name) {
        boolean isUndo = Character.toUpperCase(name.charAt(0)) == 'U';
        String prefix = isUndo ? "U" : "V";
        return Problem.at(SourceLocation.of(path.toString()), "PGC-MIGRATE-MISNAMED",
                name + " looks like " + (isUndo ? "an undo file" : "a migration") + " but is not named " + prefix
                        + "<version>__<description>.sql, so it would never be " + (isUndo ? "used" : "applied"),
                "Rename it, e.g. to " + suggestName(name) + " (capital " + prefix + ", version digits, two"
                        + " underscores), or move it out of the migrations directory.");
    }

    /** A best guess at the intended name: {@code v1_init.SQL} becomes {@code V1__init.sql} (and u... U...). */
    static String suggestName(String name) {
        String base = name.substring(0, name.length() - 4);
        String prefix = Character.toUpperCase(base.charAt(0)) == 'U' ? "U" : "V";
        Matcher m = Pattern.compile("(?i)[vu](\\d+(?:[._]\\d+)*)[_\\-. ]*(.*)").matcher(base);
        if (!m.matches()) {
            return prefix + "1__" + base.replaceAll("[^A-Za-z0-9]+", "_") + ".sql";
        }
        String description = m.group(2).isEmpty() ? "migration" : m.group(2);
        return prefix + m.group(1) + "__" + description + ".sql";
    }

    private static MigrationFile read(Path path, MigrationVersion version, String description,
                                      List<Problem> problems) {
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.at(SourceLocation.of(path.toString()), "PGC-MIGRATE-ENCODING",
                    path.getFileName() + " is not valid UTF-8", "Save the file as UTF-8."));
            return null;
        } catch (IOException e) {
            problems.add(Problem.at(SourceLocation.of(path.toString()), "PGC-MIGRATE-READ",
                    "Cannot read " + path.getFileName() + ": " + e.getMessage(), null));
            return null;
        }
        String text = Checksum.normalise(raw);
        MinPostgresql min = readDirectives(path, text, problems);
        List<MigrationFile.Notice> notices = readNotices(text);
        List<MigrationFile.Refresh> refreshes = RefreshDirectives.read(path, text, problems);
        List<SqlStatement> statements;
        try {
            statements = SqlScript.split(text, path.toString());
        } catch (PgcraftException e) {
            problems.addAll(e.problems());
            return null;
        }
        return new MigrationFile(version, description, path.getFileName().toString(), path, text,
                Checksum.of(text), statements, min.major(), min.reason(), notices, refreshes);
    }

    /**
     * The lines of the leading comment block, as written (0-based index = line number - 1), blank lines included:
     * up to the first line that is neither blank nor a {@code --} comment. Directives are read only from there, so
     * a line in the middle of a script (or a string literal) that happens to contain the words cannot change what
     * migrate does.
     */
    static List<String> leadingComments(String text) {
        String[] lines = text.split("\n", -1);
        int end = 0;
        while (end < lines.length && (lines[end].isBlank() || lines[end].strip().startsWith("--"))) {
            end++;
        }
        return List.of(lines).subList(0, end);
    }

    private static MinPostgresql readDirectives(Path path, String text, List<Problem> problems) {
        MinPostgresql min = new MinPostgresql(0, "");
        List<String> lines = leadingComments(text);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DIRECTIVE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            if (!m.group(1).matches("\\d{1,3}")) {
                problems.add(Problem.at(new SourceLocation(path.toString(), i + 1, 0),
                        "PGC-MIGRATE-DIRECTIVE",
                        "pgcraft:min-postgresql needs a major version number, found '" + m.group(1) + "'",
                        "Write it as: -- pgcraft:min-postgresql 18 <why it is needed>"));
                continue;
            }
            int major = Integer.parseInt(m.group(1));
            if (major > min.major()) {
                min = new MinPostgresql(major, m.group(2).strip());
            }
        }
        return min;
    }

    private record MinPostgresql(int major, String reason) {
    }

    /** The {@code -- pgcraft:notify channel payload} lines of the leading comment block. */
    private static List<MigrationFile.Notice> readNotices(String text) {
        List<MigrationFile.Notice> notices = new ArrayList<>();
        for (String line : leadingComments(text)) {
            Matcher m = NOTIFY.matcher(line.strip());
            if (m.matches()) {
                notices.add(new MigrationFile.Notice(m.group(1), m.group(2).strip()));
            }
        }
        return notices;
    }
}
