package dev.pgcraft.model.config;

/**
 * What is wrong with an invalid UTF-8 sequence, in the words of RFC 3629, so that an encoding error can say
 * more than "malformed": a byte saved in another encoding, an overlong form, an encoded surrogate.
 */
final class Utf8Sequences {

    private Utf8Sequences() {
    }

    /** How many bytes from {@code at} belong to the bad sequence: its lead byte and the continuation bytes after it. */
    static int length(byte[] bytes, int at) {
        int expected = expectedLength(bytes[at] & 0xff);
        int length = 1;
        while (length < expected && at + length < bytes.length && isContinuation(bytes[at + length])) {
            length++;
        }
        return length;
    }

    /** Why the sequence at {@code at} is not valid UTF-8 (the decoder has already said that it is not). */
    static String whyInvalid(byte[] bytes, int at) {
        int lead = bytes[at] & 0xff;
        int second = at + 1 < bytes.length ? bytes[at + 1] & 0xff : -1;
        if (lead >= 0x80 && lead <= 0xbf) {
            return "a continuation byte where a character should start";
        }
        if (lead >= 0xf5) {
            return "a byte that never occurs in UTF-8";
        }
        if (lead == 0xc0 || lead == 0xc1 || (lead == 0xe0 && second >= 0x80 && second <= 0x9f)
                || (lead == 0xf0 && second >= 0x80 && second <= 0x8f)) {
            return "an overlong encoding";
        }
        if (lead == 0xed && second >= 0xa0 && second <= 0xbf) {
            return "a UTF-16 surrogate, which UTF-8 may not encode";
        }
        if (lead == 0xf4 && second >= 0x90 && second <= 0xbf) {
            return "a code point above U+10FFFF";
        }
        if (at + length(bytes, at) == bytes.length) {
            return "a sequence cut off by the end of the file";
        }
        return "a lead byte not followed by the continuation bytes it needs, as in a file saved as ISO-8859-1 or "
                + "windows-1252";
    }

    private static int expectedLength(int lead) {
        if (lead >= 0xc0 && lead <= 0xdf) {
            return 2;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            return 3;
        }
        return lead >= 0xf0 && lead <= 0xf4 ? 4 : 1;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xc0) == 0x80;
    }
}
