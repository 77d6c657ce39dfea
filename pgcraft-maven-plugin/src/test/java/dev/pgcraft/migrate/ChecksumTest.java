package dev.pgcraft.migrate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksumTest {

    private static final String LF = "CREATE TABLE a (id int);\nSELECT 1;\n";

    @Test
    void isTaggedSha256() {
        String checksum = Checksum.of(LF);
        assertTrue(checksum.matches("sha256:[0-9a-f]{64}"), checksum);
        // sha256 of the empty string, a well-known value, proves which algorithm and encoding we use
        assertEquals("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Checksum.of(""));
    }

    @Test
    void lineEndingsAndBomDoNotChangeIt() {
        assertEquals(Checksum.of(LF), Checksum.of(LF.replace("\n", "\r\n")));
        assertEquals(Checksum.of(LF), Checksum.of(LF.replace("\n", "\r")));
        assertEquals(Checksum.of(LF), Checksum.of("\uFEFF" + LF));
        assertEquals(Checksum.of(LF), Checksum.of("\uFEFF" + LF.replace("\n", "\r\n")));
    }

    @Test
    void anEditChangesIt() {
        assertNotEquals(Checksum.of(LF), Checksum.of(LF.replace("id int", "id bigint")));
        assertNotEquals(Checksum.of(LF), Checksum.of(LF + "\n"));
        assertNotEquals(Checksum.of(LF), Checksum.of(" " + LF));
    }
}
