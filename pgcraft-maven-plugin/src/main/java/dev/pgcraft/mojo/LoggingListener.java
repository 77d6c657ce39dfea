package dev.pgcraft.mojo;

import dev.pgcraft.migrate.MigrationFile;
import dev.pgcraft.migrate.MigrationListener;
import dev.pgcraft.migrate.SqlStatement;
import org.apache.maven.plugin.logging.Log;

/**
 * Logs what migrate and undo report: their lines, and each statement of a non-transactional part as it starts and
 * when it ends, indented under the file, so a long index build shows what it is waiting for.
 */
class LoggingListener implements MigrationListener {

    final Log log;

    LoggingListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void statementStarting(MigrationFile file, SqlStatement statement) {
        log.info("  " + file.script() + ":" + statement.line() + "  running: " + statement.brief());
    }

    @Override
    public void statementDone(MigrationFile file, SqlStatement statement, long millis) {
        log.info("  " + file.script() + ":" + statement.line() + "  done in " + millis + " ms");
    }
}
