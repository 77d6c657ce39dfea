package dev.pgcraft.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum that detects an edited migration. It is taken over the text with a leading byte-order mark
 * removed and line endings normalised to LF, so an editor or git re-saving a file with CRLF does not look
 * like an edit, while any change of content does. It is stored with its algorithm tag
 * ({@code sha256:<hex>}) so the algorithm can change later without old rows becoming ambiguous.
 */
public final class Checksum {

    /** The tag every checksum this version writes starts with. */
    public static final String SHA256_PREFIX = "sha256:";

    private Checksum() {
    }

    /** {@code sha256:<64 lowercase hex digits>} of the normalised text. */
    public static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return SHA256_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Drops a leading BOM and turns CRLF and lone CR into LF: the text whose checksum is taken. */
    public static String normalise(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
