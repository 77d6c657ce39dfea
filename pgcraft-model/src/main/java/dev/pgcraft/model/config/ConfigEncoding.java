package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;
import dev.pgcraft.model.problem.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a configuration file into text in the encoding the file declares (a byte order mark, else
 * the XML declaration, else UTF-8), or says where it cannot: the line and column of the first bad byte, the
 * bytes, and which encoding was expected and why. An editor shows such a byte as {@code ?} or {@code �}, if at
 * all, so its position is the one thing a user needs to find it.
 */
final class ConfigEncoding {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** The encoding a file is read in, where it starts after a byte order mark, and why it is that one. */
    private record Detected(Charset charset, int skip, String why) {
    }

    private ConfigEncoding() {
    }

    /**
     * The decoded text.
     *
     * @throws PgcraftException {@code PGC-CONFIG-ENCODING} at the first byte that is not valid in the encoding
     */
    static String decode(String file, byte[] bytes) {
        Detected detected = detect(bytes);
        CharsetDecoder decoder = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, detected.skip(), bytes.length - detected.skip());
        // maxCharsPerByte bounds the output by contract; the slack is for what a stateful decoder flushes.
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw new PgcraftException(problem(file, detected, out, bytes, in.position(), result.length()));
        }
        if (result.isOverflow()) {
            throw new IllegalStateException(detected.charset() + " decoded more characters than it promised");
        }
        return out.flip().toString();
    }

    private static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
            return new Detected(StandardCharsets.UTF_8, 3, "as its byte order mark says");
        }
        if (startsWith(bytes, 0xfe, 0xff)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "as its byte order mark says");
        }
        if (startsWith(bytes, 0xff, 0xfe)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "as its byte order mark says");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        if (declared.find() && Charset.isSupported(declared.group(1))) {
            return new Detected(Charset.forName(declared.group(1)), 0, "as its XML declaration says");
        }
        return new Detected(StandardCharsets.UTF_8, 0, "because it declares no encoding");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code decoded}: the text before the bad byte at {@code at}, which the decoder says is {@code length} long. */
    private static Problem problem(String file, Detected detected, CharSequence decoded, byte[] bytes, int at,
                                   int length) {
        String encoding = detected.charset().name();
        boolean utf8 = detected.charset().equals(StandardCharsets.UTF_8);
        boolean utf16 = encoding.startsWith("UTF-16");
        // Java's UTF-8 decoder reports C0 AF as one bad byte but ED A0 80 as three: show whole sequences alike.
        // Its UTF-16 decoder counts the character after an unpaired high surrogate in: show the surrogate alone.
        int shown = utf8 ? Utf8Sequences.length(bytes, at) : Math.min(utf16 ? 2 : length, bytes.length - at);
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < at + shown; i++) {
            hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
        }
        String reason = "";
        if (utf8) {
            reason = " (" + Utf8Sequences.whyInvalid(bytes, at) + ")";
        } else if (utf16) {
            reason = shown == 1 ? " (an odd last byte)" : " (a UTF-16 surrogate without its other half)";
        }
        String fix;
        if (detected.skip() > 0) {
            fix = utf8 ? "Save the file as UTF-8." : "Save the file again as " + encoding + ", or as UTF-8.";
        } else if (detected.why().startsWith("because")) {
            fix = "Save the file as UTF-8, or declare the encoding it is saved in on its first line, e.g. "
                    + "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>.";
        } else {
            fix = "Save the file in " + encoding + ", or correct the encoding in its XML declaration.";
        }
        return Problem.at(position(file, decoded), "PGC-CONFIG-ENCODING",
                (shown == 1 ? "Byte " + hex + " is" : "Bytes " + hex + " are") + " not valid " + encoding + reason
                        + "; the file is read as " + encoding + (detected.why().startsWith("as") ? ", " : " ")
                        + detected.why() + ".",
                fix);
    }

    /**
     * Where the character after {@code decoded} is: lines broken at {@code \n}, {@code \r\n} or {@code \r} as XML
     * breaks them, the column counted in characters (code points: an emoji is one), as a reader counts them.
     */
    private static SourceLocation position(String file, CharSequence decoded) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == decoded.length() || decoded.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        String lastLine = decoded.subSequence(lineStart, decoded.length()).toString();
        return new SourceLocation(file, line, lastLine.codePointCount(0, lastLine.length()) + 1);
    }
}
