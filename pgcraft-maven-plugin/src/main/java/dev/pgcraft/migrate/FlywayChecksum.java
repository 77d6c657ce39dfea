package dev.pgcraft.migrate;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway stores for a SQL migration, so a takeover can prove that the file here is the one Flyway
 * ran: CRC32 over the UTF-8 bytes of each line without its line break (a BOM at the start dropped), as a signed
 * 32-bit integer. Line breaks do not count, so a CRLF re-save keeps it, as it keeps pgcraft's own checksum.
 */
final class FlywayChecksum {

    private FlywayChecksum() {
    }

    static int of(String text) {
        CRC32 crc = new CRC32();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // Lines as BufferedReader.readLine() splits them (\n, \r\n or \r), which is how Flyway reads the file.
        for (String line : body.split("\r\n|\r|\n", -1)) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
