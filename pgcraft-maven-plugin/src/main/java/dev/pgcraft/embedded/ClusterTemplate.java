package dev.pgcraft.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A freshly initialised, stopped cluster per binaries jar, kept in the temporary directory and copied into each new
 * server's data directory. {@code initdb} costs most of a start (it builds {@code template1} and {@code postgres}
 * from nothing); a copy of its result costs a fraction, and every goal that starts a server ({@code generate}'s
 * proof, {@code verify}, {@code start}) pays it. The template is built once per jar and machine by a start and a
 * clean stop; building it in a folder of its own and renaming it into place makes concurrent builds safe (the
 * loser of the rename discards its copy).
 */
final class ClusterTemplate {

    private ClusterTemplate() {
    }

    /** The template for {@code binariesJar}, built with {@code configure}'s binaries when missing. */
    static Optional<Path> forJar(Path binariesJar, Consumer<EmbeddedPostgres.Builder> configure) {
        try {
            Path root = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"),
                    "pgcraft-embedded-templates-" + System.getProperty("user.name", "user")));
            Path template = root.resolve(key(binariesJar));
            if (Files.isRegularFile(template.resolve("postgresql.conf"))) {
                return Optional.of(template);
            }
            Path building = Files.createTempDirectory(root, "building-");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(building)
                    .setCleanDataDirectory(false);
            configure.accept(builder);
            builder.start().close();
            try {
                Files.move(building, template, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                delete(building);
            }
            return Optional.of(template);
        } catch (IOException | RuntimeException e) {
            // No template (a read-only temporary directory, say): the server initialises its own cluster.
            return Optional.empty();
        }
    }

    /** Copies the template's files into {@code dataDirectory} (an empty folder), keeping their permissions. */
    static void copy(Path template, Path dataDirectory) throws IOException {
        try (Stream<Path> files = Files.walk(template)) {
            for (Path source : files.toList()) {
                Path target = dataDirectory.resolve(template.relativize(source).toString());
                if (source.equals(template)) {
                    continue;
                }
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("epg-lock")) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Deletes a data directory the server no longer uses. */
    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder in the temporary or target directory is harmless
        }
    }

    // The jar's path, size and time: a new download or version of the binaries gets a template of its own.
    private static String key(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        String identity = jar.toAbsolutePath() + "|" + attributes.size() + "|" + attributes.lastModifiedTime();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
