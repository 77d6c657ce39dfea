package dev.pgcraft.mojo;

import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.SqlStatement;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs what migrate and undo report: their lines, and each statement of a non-transactional part as it starts and
 * when it ends, indented under the file, so a long index build shows what it is waiting for. In a many-target run
 * every line starts with the target's prefix, so the lines of targets running at once can be told apart.
 */
class LoggingListener implements MigrationListener {

    final Log log;
    private final String prefix;

    LoggingListener(Log log) {
        this(log, "");
    }

    LoggingListener(Log log, String prefix) {
        this.log = log;
        this.prefix = prefix;
    }

    /** What each line starts with: empty, or the target's name in brackets. */
    String prefix() {
        return prefix;
    }

    @Override
    public void info(String message) {
        log.info(prefix + message);
    }

    @Override
    public void statementStarting(MigrationFile file, SqlStatement statement) {
        info("  " + file.script() + ":" + statement.line() + "  running: " + statement.brief());
    }

    @Override
    public void statementDone(MigrationFile file, SqlStatement statement, long millis) {
        info("  " + file.script() + ":" + statement.line() + "  done in " + millis + " ms");
    }
}
