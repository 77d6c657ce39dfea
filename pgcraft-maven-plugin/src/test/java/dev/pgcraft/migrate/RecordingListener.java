package dev.pgcraft.migrate;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a run reports, one line each, so tests can assert the exact sequence. */
final class RecordingListener implements MigrationListener {

    final List<String> messages = new ArrayList<>();

    @Override
    public void info(String message) {
        messages.add(message);
    }

    @Override
    public void applied(MigrationFile file, long millis) {
        messages.add("applied " + file.script());
    }

    @Override
    public void undone(MigrationFile undoFile, long millis) {
        messages.add("undone " + undoFile.script());
    }
}
