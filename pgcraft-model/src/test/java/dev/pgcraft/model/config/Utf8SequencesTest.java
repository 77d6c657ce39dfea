package dev.pgcraft.model.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each kind of invalid UTF-8 is named, and the bytes shown are the whole bad sequence, no more. */
class Utf8SequencesTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static void assertInvalid(String why, int length, int... sequence) {
        assertEquals(why, Utf8Sequences.whyInvalid(bytes(sequence), 0));
        assertEquals(length, Utf8Sequences.length(bytes(sequence), 0));
    }

    @Test
    void namesEachKind() {
        assertInvalid("a continuation byte where a character should start", 1, 0x80, 0x41);
        assertInvalid("a byte that never occurs in UTF-8", 1, 0xff, 0x41);
        assertInvalid("an overlong encoding", 2, 0xc1, 0xbf, 0x41);
        assertInvalid("an overlong encoding", 3, 0xe0, 0x80, 0xaf);
        assertInvalid("an overlong encoding", 4, 0xf0, 0x8f, 0xbf, 0xbf);
        assertInvalid("a UTF-16 surrogate, which UTF-8 may not encode", 3, 0xed, 0xbf, 0xbf, 0x41);
        assertInvalid("a code point above U+10FFFF", 4, 0xf4, 0x90, 0x80, 0x80);
        assertInvalid("a sequence cut off by the end of the file", 2, 0xe2, 0x82);
        assertInvalid("a lead byte not followed by the continuation bytes it needs, as in a file saved as ISO-8859-1"
                + " or windows-1252", 1, 0xe0, 0x20);
    }
}
