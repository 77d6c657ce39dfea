package dev.pgcraft.embedded;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Reads the PostgreSQL archive out of one zonky binaries jar. The jar holds a single
 * {@code postgres-<system>-<arch>.txz} (e.g. {@code postgres-linux-x86_64.txz}); we prefer the entry for
 * the platform zonky asks for and fall back to the only one there is. A record, because zonky caches
 * unpacked binaries per resolver and compares resolvers with {@code equals}.
 */
record JarBinaryResolver(Path jar) implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String wanted = "postgres-" + system.toLowerCase(Locale.ROOT) + "-"
                + machineHardware.toLowerCase(Locale.ROOT) + ".txz";
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> archives = new ArrayList<>();
            file.stream().filter(e -> e.getName().startsWith("postgres-") && e.getName().endsWith(".txz"))
                    .forEach(archives::add);
            JarEntry entry = file.getJarEntry(wanted);
            if (entry == null && archives.size() == 1) {
                entry = archives.get(0);
            }
            if (entry == null) {
                throw new IOException(jar + " has no " + wanted + " (it holds "
                        + archives.stream().map(JarEntry::getName).toList() + ")");
            }
            // Read fully: the jar is closed when we return, zonky reads the stream afterwards.
            try (InputStream in = file.getInputStream(entry)) {
                return new ByteArrayInputStream(in.readAllBytes());
            }
        }
    }
}
