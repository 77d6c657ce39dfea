package dev.pgcraft.report;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the report's and the diagrams' files; a failure is a problem naming the file, not a stack trace. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** Copies a resource of the plugin's jar to {@code file}. */
    static void copyResource(String resource, Path file) {
        try (InputStream in = ReportFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no " + resource);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static PgcraftException cannotWrite(Path file, IOException e) {
        return new PgcraftException(Problem.of("PGC-REPORT-WRITE", "cannot write " + file + ": " + e.getMessage(),
                "Check that the folder is writable and the disk not full."), e);
    }
}
