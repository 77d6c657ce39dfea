package dev.pgcraft.generate;

import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes several files as one: each goes to a temporary file beside its target first, and only when all are
 * written are they moved into place. If anything fails, the files already moved are removed again, so a failed
 * {@code generate} (or {@code baseline} writing a snapshot) never leaves a migration without its snapshot (or a
 * half-written file).
 */
public final class FileSet {

    private final Map<Path, String> files = new LinkedHashMap<>();

    public FileSet add(Path target, String text) {
        files.put(target, text);
        return this;
    }

    public void commit() {
        List<Path[]> staged = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path target = file.getKey();
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                staged.add(new Path[] {temp, target});
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            for (Path[] pair : staged) {
                move(pair[0], pair[1]);
                moved.add(pair[1]);
            }
        } catch (IOException e) {
            moved.forEach(FileSet::deleteQuietly);
            throw new PgcraftException(Problem.of("PGC-GENERATE-WRITE",
                    "could not write " + files.keySet() + ": " + e.getMessage() + "; nothing was written",
                    "Check that the folder is writable and the disk has space, then run generate again."), e);
        } finally {
            staged.forEach(pair -> deleteQuietly(pair[0]));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Best effort: the original failure is what the user needs to see.
        }
    }
}
