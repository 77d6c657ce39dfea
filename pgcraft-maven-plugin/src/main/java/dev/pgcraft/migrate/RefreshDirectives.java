package dev.pgcraft.migrate;

import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code -- pgcraft:refresh <schema>.<view> <afterMigrate|concurrently>} lines of a file's leading comment
 * block ({@link MigrationScanner#leadingComments}). The name is written as SQL writes it: {@code "Rpt"."my view"},
 * with {@code ""} for a quote inside, or {@code rpt.sku_counts}, folded to lower case as PostgreSQL folds an
 * unquoted name. Strict, unlike an ordinary comment: a line that starts like the directive but cannot be read is an
 * error at its line and column, found when the files are scanned, before anything is applied — a refresh silently
 * dropped would leave a view empty or stale with nothing said.
 */
final class RefreshDirectives {

    static final String CODE = "PGC-MIGRATE-REFRESH-DIRECTIVE";
    private static final Pattern START = Pattern.compile("--\\s*pgcraft:refresh");
    private static final int MAX_IDENTIFIER_BYTES = 63;
    private static final String FORM = "Write it as: -- pgcraft:refresh <schema>.<view> afterMigrate|concurrently"
            + " (a name with capitals, spaces or quotes in double quotes: \"Rpt\".\"my view\")";

    private RefreshDirectives() {
    }

    /**
     * The directives of {@code text} (LF line endings) in line order, adding a problem for each line that cannot be
     * read. A view named twice in one file with different modes is a problem too: which one was meant?
     */
    static List<MigrationFile.Refresh> read(Path path, String text, List<Problem> problems) {
        Map<List<String>, MigrationFile.Refresh> refreshes = new LinkedHashMap<>();
        List<String> lines = MigrationScanner.leadingComments(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            int indent = line.indexOf(stripped);
            Matcher m = START.matcher(stripped);
            if (!m.lookingAt()) {
                continue;
            }
            try {
                MigrationFile.Refresh refresh = new Parser(stripped, m.end(), i + 1).parse();
                MigrationFile.Refresh before = refreshes.putIfAbsent(List.of(refresh.schema(), refresh.name()),
                        refresh);
                if (before != null && before.mode() != refresh.mode()) {
                    throw new Failure(1, refresh.displayName() + " is named at line " + before.line()
                            + " as " + before.mode().word() + " and here as " + refresh.mode().word(),
                            "Keep one of the two lines.");
                }
            } catch (Failure failure) {
                problems.add(Problem.at(new SourceLocation(path.toString(), i + 1, indent + failure.column),
                        CODE, "pgcraft:refresh directive: " + failure.getMessage(), failure.fix));
            }
        }
        return List.copyOf(refreshes.values());
    }

    /** Reads one directive line from just after {@code pgcraft:refresh}. */
    private static final class Parser {

        private final String line;
        private final int lineNumber;
        private int at;

        Parser(String line, int at, int lineNumber) {
            this.line = line;
            this.at = at;
            this.lineNumber = lineNumber;
        }

        MigrationFile.Refresh parse() {
            if (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
                int end = at;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                throw failure("unknown directive 'pgcraft:refresh" + line.substring(at, end) + "'");
            }
            skipSpaces();
            if (at >= line.length()) {
                throw failure("the materialized view to refresh is missing");
            }
            int nameStart = at;
            String schema = identifier();
            if (at >= line.length() || line.charAt(at) != '.') {
                throw new Failure(nameStart + 1, "'" + line.substring(nameStart, at) + "' is not qualified: the"
                        + " view's schema is missing (migrate looks it up by schema and name, whatever the"
                        + " search_path)", FORM);
            }
            at++;
            String name = identifier();
            if (at < line.length() && line.charAt(at) == '.') {
                throw failure("a materialized view is named <schema>.<view>; found a third part");
            }
            if (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
                throw failure("unexpected '" + line.charAt(at) + "' after the view's name");
            }
            skipSpaces();
            if (at >= line.length()) {
                throw failure("the refresh mode is missing after the view's name (afterMigrate or concurrently)");
            }
            int modeStart = at;
            while (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            String word = line.substring(modeStart, at);
            MigrationFile.RefreshMode mode = mode(word, modeStart);
            skipSpaces();
            if (at < line.length()) {
                throw failure("unexpected text after the mode: '" + line.substring(at) + "'");
            }
            return new MigrationFile.Refresh(schema, name, mode, lineNumber);
        }

        private MigrationFile.RefreshMode mode(String word, int column) {
            for (MigrationFile.RefreshMode mode : MigrationFile.RefreshMode.values()) {
                if (mode.word().equals(word)) {
                    return mode;
                }
            }
            if (word.equals("manual")) {
                throw new Failure(column + 1, "mode 'manual' means migrate never refreshes the view, so it"
                        + " has no directive", "Remove the line, or use afterMigrate or concurrently.");
            }
            throw new Failure(column + 1, "unknown refresh mode '" + word + "': expected afterMigrate or"
                    + " concurrently (as written, case matters)", FORM);
        }

        /** A quoted ({@code "a""b"}) or unquoted ({@code a_b}, folded to lower case) identifier. */
        private String identifier() {
            int start = at;
            if (at >= line.length()) {
                throw failure("a name is missing after '.'");
            }
            String value;
            if (line.charAt(at) == '"') {
                StringBuilder text = new StringBuilder();
                at++;
                while (true) {
                    if (at >= line.length()) {
                        throw new Failure(start + 1, "the quoted name starting here has no closing '\"'", FORM);
                    }
                    char c = line.charAt(at++);
                    if (c == '"') {
                        if (at < line.length() && line.charAt(at) == '"') {
                            text.append('"');
                            at++;
                            continue;
                        }
                        break;
                    }
                    text.append(c);
                }
                value = text.toString();
                if (value.isEmpty()) {
                    throw new Failure(start + 1, "an empty quoted name (\"\") names nothing", FORM);
                }
            } else {
                if (!isIdentifierStart(line.charAt(at))) {
                    throw new Failure(start + 1, "expected a name (a letter or _, or a name in double quotes),"
                            + " found '" + line.charAt(at) + "'", FORM);
                }
                while (at < line.length() && isIdentifierPart(line.charAt(at))) {
                    at++;
                }
                // PostgreSQL folds only ASCII letters of an unquoted name in a multi-byte encoding such as UTF8.
                value = foldAscii(line.substring(start, at));
            }
            if (value.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
                throw new Failure(start + 1, "the name '" + value + "' is longer than PostgreSQL's "
                        + MAX_IDENTIFIER_BYTES + " bytes: it cannot name a view", FORM);
            }
            return value;
        }

        private static boolean isIdentifierStart(char c) {
            return c == '_' || (c < 128 ? Character.isLetter(c) : !Character.isWhitespace(c));
        }

        private static boolean isIdentifierPart(char c) {
            return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
        }

        private static String foldAscii(String name) {
            StringBuilder folded = new StringBuilder(name.length());
            for (char c : name.toCharArray()) {
                folded.append(c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c);
            }
            return folded.toString();
        }

        private void skipSpaces() {
            while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
        }

        private Failure failure(String message) {
            return new Failure(at + 1, message, FORM);
        }
    }

    /** A directive that cannot be read: the 1-based column in the stripped line, what is wrong, what to do. */
    private static final class Failure extends RuntimeException {

        final int column;
        final String fix;

        Failure(int column, String message, String fix) {
            super(message, null, false, false);
            this.column = column;
            this.fix = fix;
        }
    }
}
