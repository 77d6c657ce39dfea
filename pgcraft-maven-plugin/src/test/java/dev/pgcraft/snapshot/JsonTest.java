package dev.pgcraft.snapshot;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.testing.SampleStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The snapshot's JSON reader on damaged input: every failure is a {@code PGC-SNAPSHOT-CORRUPT} problem naming the
 * file and the line:column where reading stopped, never a raw runtime exception or a stack overflow.
 */
class JsonTest {

    private static final String FILE = "db/migration/pgcraft-snapshot.json";

    @TempDir
    Path temp;

    @Test
    void validTextReadsBack() {
        Object value = Json.read("{\"a\": [1, -2, true, false, null, \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"], \"b\": {}}");
        assertEquals(Map.of("a", java.util.Arrays.asList(1L, -2L, true, false, null, "x\"\\/\b\f\n\r\té"),
                "b", Map.of()), value);
    }

    @Test
    void everyStringSurvivesWriteAndRead() {
        String nasty = "quote\" backslash\\ slash/ control\u0001\u001f tab\t emoji\ud83d\ude00 é";
        assertEquals(Map.of("k", nasty), Json.read(inline(Map.of("k", nasty))));
    }

    @Test
    void anUnknownEscapeIsRefusedAtItsBackslash() {
        assertCorrupt("{\n  \"a\": \"x\\q\"\n}", 2, 10, "expected an escape JSON defines");
    }

    @Test
    void aShortOrNonHexUnicodeEscapeIsRefused() {
        assertCorrupt("{\"a\": \"\\u12G4\"}", 1, 8, "expected \\u and four hex digits (found '\\')");
        assertCorrupt("{\"a\": \"\\u12", 1, 8, "expected \\u and four hex digits, but the file ends (truncated?)");
        // Other scripts' digits are digits to Character.digit, not to JSON.
        assertCorrupt("{\"a\": \"\\u00\u0661\u0662\"}", 1, 8, "expected \\u and four hex digits");
    }

    @Test
    void surrogatesMustComeInPairs() {
        assertEquals(Map.of("a", "\ud83d\ude00"), Json.read("{\"a\": \"\\ud83d\\ude00\"}"));
        assertEquals(Map.of("a", "\ud83d\ude00"), Json.read("{\"a\": \"\ud83d\ude00\"}"));
        assertCorrupt("{\"a\": \"\\ud83d\"}", 1, 14, "expected a low surrogate (\\udc00-\\udfff) after the high"
                + " surrogate \\ud83d (found '\"')");
        assertCorrupt("{\"a\": \"\\ud83dx\"}", 1, 14, "expected a low surrogate");
        assertCorrupt("{\"a\": \"\\ud83d\\u0041\"}", 1, 14, "expected a low surrogate");
        assertCorrupt("{\"a\": \"\\ud83d\\ud83d\"}", 1, 14, "expected a low surrogate");
        assertCorrupt("{\"a\": \"\\ude00\"}", 1, 8, "expected a character, but found a lone low surrogate \\ude00");
        assertCorrupt("{\"a\": \"x\ud83d\"}", 1, 9, "expected a character, but found a lone surrogate U+D83D");
        assertCorrupt("{\"a\": \"\ude00x\"}", 1, 8, "expected a character, but found a lone surrogate U+DE00");
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertCorrupt("{\"a\": \"line\nbreak\"}", 1, 12, "expected a closing quote or a character other than a"
                + " control character (U+000A must be escaped)");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefusedAtItsSecondOccurrence() {
        assertCorrupt("{\n  \"format\": 2,\n  \"format\": 1\n}", 3, 3,
                "expected each key once per object, but \"format\" appears again");
        // The same key in two different objects is fine.
        assertEquals(List.of(Map.of("k", 1L), Map.of("k", 2L)), Json.read("[{\"k\": 1}, {\"k\": 2}]"));
    }

    @Test
    void truncationIsReportedAtTheEnd() {
        assertCorrupt("{\n  \"format\": 2,\n  \"objects\": [\n", 4, 1,
                "expected a value, but the file ends (truncated?)");
        assertCorrupt("{\"a\": \"abc", 1, 11, "expected a closing quote, but the file ends (truncated?)");
        assertCorrupt("{\"a\": [1, 2", 1, 12, "expected ',' or ']', but the file ends (truncated?)");
        assertCorrupt("{\"a\": tru", 1, 7, "expected 'true'");
        assertCorrupt("", 1, 1, "expected a value, but the file ends (truncated?)");
    }

    @Test
    void everyTruncationOfARealSnapshotIsCorruptNeverAnotherFailure() {
        String text = realSnapshot();
        // Every 7th length (a prime, so cuts land on every kind of character) keeps this O(n²) loop quick.
        for (int length = 0; length < text.length(); length += 7) {
            String prefix = text.substring(0, length);
            // A prefix ending after the closing brace but before the newline is still a whole snapshot.
            if (prefix.strip().equals(text.strip())) {
                continue;
            }
            PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(prefix, FILE),
                    "prefix of " + length + " characters");
            assertEquals("PGC-SNAPSHOT-CORRUPT", e.problems().get(0).code(), e.getMessage());
        }
    }

    @Test
    void trailingGarbageIsRefused() {
        assertCorrupt("{}\n{}", 2, 1, "expected the end of the file after the top-level value (found '{')");
        assertCorrupt("{\"format\": 2} x", 1, 15, "expected the end of the file after the top-level value");
        assertCorrupt("{} \u00a0", 1, 4, "expected the end of the file");
    }

    @Test
    void deepNestingFailsWithAPositionNotAStackOverflow() {
        String deep = "[".repeat(100_000);
        assertCorrupt(deep, 1, 65, "expected at most 64 nested objects and arrays (found '[')");
        String deepObjects = "{\"a\": ".repeat(65) + "1" + "}".repeat(65);
        assertCorrupt(deepObjects, 1, 6 * 64 + 1, "expected at most 64 nested objects and arrays");
        String allowed = "[".repeat(64) + "]".repeat(64);
        Json.read(allowed);
    }

    @Test
    void numbersAreIntegersOfAtMost64Bits() {
        assertEquals(Map.of("n", Long.MIN_VALUE), Json.read("{\"n\": -9223372036854775808}"));
        assertCorrupt("{\"n\": 9223372036854775808}", 1, 7, "expected an integer of at most 64 bits");
        assertCorrupt("{\"n\": -}", 1, 7, "expected a value (an object, array, string, integer, true, false or null)");
        assertCorrupt("{\"n\": 1.5}", 1, 8, "expected ',' or '}' (found '.')");
    }

    @Test
    void aTopLevelValueOtherThanAnObjectIsCorrupt() {
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode("[]", FILE));
        assertEquals("the snapshot cannot be read: expected a JSON object at the top level",
                e.problems().get(0).message());
    }

    @Test
    void bytesThatAreNotUtf8AreCorruptWithTheirOffset() throws IOException {
        Path file = temp.resolve("pgcraft-snapshot.json");
        byte[] bytes = "{\"a\": \"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bytes[8] = (byte) 0xff;
        Files.write(file, bytes);
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.read(file, FILE));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-SNAPSHOT-CORRUPT", problem.code());
        assertEquals("the snapshot cannot be read: byte offset 8 is not UTF-8 (the file was re-encoded or damaged)",
                problem.message());
        assertEquals(FILE, problem.location().file());
    }

    /** Random one-character damage to a real snapshot: it reads, or fails as a snapshot problem; nothing else. */
    @Test
    void randomDamageIsAlwaysAProblemNeverARawException() {
        String text = realSnapshot();
        String alphabet = "{}[]\":,\\u0123456789abcdefnrtx -\n\ud800\udc00\u0000";
        Random random = new Random(11);
        for (int i = 0; i < 400; i++) {
            StringBuilder damaged = new StringBuilder(text);
            int at = random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> damaged.setCharAt(at, c);
                case 1 -> damaged.insert(at, c);
                default -> damaged.deleteCharAt(at);
            }
            try {
                SnapshotCodec.decode(damaged.toString(), FILE);
            } catch (PgcraftException e) {
                String code = e.problems().get(0).code();
                assertTrue(code.equals("PGC-SNAPSHOT-CORRUPT") || code.equals("PGC-SNAPSHOT-FORMAT"), code);
                assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
            } catch (RuntimeException e) {
                fail("damage #" + i + " at " + at + " escaped as " + e, e);
            }
        }
    }

    private static String inline(Object value) {
        StringBuilder out = new StringBuilder();
        Json.inline(value, out);
        return out.toString();
    }

    private static String realSnapshot() {
        return SnapshotCodec.encode(Snapshot.initial().append(SampleStates.everyKind(), "1", "V1__init.sql",
                "sha256:abc"));
    }

    private static void assertCorrupt(String text, int line, int column, String messageStart) {
        PgcraftException e = assertThrows(PgcraftException.class, () -> SnapshotCodec.decode(text, FILE));
        Problem problem = e.problems().get(0);
        assertEquals("PGC-SNAPSHOT-CORRUPT", problem.code(), e.getMessage());
        assertEquals(FILE + ":" + line + ":" + column, problem.location().toString(), problem.message());
        String prefix = "the snapshot cannot be read: ";
        assertTrue(problem.message().startsWith(prefix + messageStart), problem.message());
        assertTrue(e.getMessage().startsWith(FILE + ":" + line + ":" + column + ": "), e.getMessage());
    }
}
