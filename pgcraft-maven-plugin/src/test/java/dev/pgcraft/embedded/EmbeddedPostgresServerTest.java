package dev.pgcraft.embedded;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.testing.DbTest;
import dev.pgcraft.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedPostgresServerTest {

    @TempDir
    Path dir;

    @DbTest
    @Test
    void sharedServerIsPostgresql18WithoutPassword() {
        EmbeddedPostgresServer server = TestPostgres.pg18();
        assertTrue(server.serverVersion().startsWith("18."), server.serverVersion());
        assertEquals("jdbc:postgresql://localhost:" + server.port() + "/postgres", server.connectionSettings().url());
        assertEquals("postgres", server.connectionSettings().user());
    }

    @Test
    void missingBinariesJarIsNamed() {
        Path jar = dir.resolve("nope.jar");
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> EmbeddedPostgresServer.start(new EmbeddedOptions(jar, dir, 0)));
        assertEquals("PGC-EMBEDDED-BINARIES", e.problems().get(0).code());
        assertEquals("PostgreSQL binaries jar not found: " + jar, e.problems().get(0).message());
    }

    @Test
    void jarWithoutPostgresArchiveSaysWhatItHolds() throws IOException {
        Path jar = dir.resolve("empty-binaries.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("README.txt"));
            zip.closeEntry();
        }
        PgcraftException e = assertThrows(PgcraftException.class,
                () -> EmbeddedPostgresServer.start(new EmbeddedOptions(jar, dir.resolve("work"), 0)));
        assertEquals("PGC-EMBEDDED-START", e.problems().get(0).code());
        assertTrue(e.getMessage().contains(jar + " has no postgres-"), e.getMessage());
    }
}
