package dev.pgcraft.migrate;

import dev.pgcraft.db.ConnectionSettings;
import dev.pgcraft.db.ServerError;
import dev.pgcraft.model.problem.PgcraftException;
import dev.pgcraft.model.problem.Problem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What {@code pgcraft:info} reports: every migration file and history row with its state, and whether it has an
 * undo file. Read-only: it takes no lock and creates nothing, so it works before the first migrate (everything
 * is then pending). An undone version shows when it was undone.
 */
public final class Info {

    private Info() {
    }

    /** Files in {@code dir} merged with the history in {@code historyTable} ({@code null} = default). */
    public static List<MigrationInfo> info(ConnectionSettings settings, Path dir, String historyTable) {
        MigrationFiles files = MigrationScanner.scanAll(dir);
        HistoryTable history = HistoryTable.named(historyTable);
        List<HistoryRow> rows;
        try (Connection connection = settings.open()) {
            rows = history.readIfExists(connection);
        } catch (SQLException e) {
            throw new PgcraftException(Problem.of("PGC-MIGRATE-DATABASE",
                    "Cannot read " + history.displayName() + " at " + settings.safeUrl() + ": "
                            + ServerError.of(e).describe(), null), e);
        }
        return HistoryMerge.merge(files, rows).stream().map(Info::toInfo).toList();
    }

    private static MigrationInfo toInfo(HistoryMerge.Entry entry) {
        MigrationFile file = entry.file();
        HistoryRow row = entry.row();
        return new MigrationInfo(entry.version(),
                file != null ? file.description() : row.description(),
                file != null ? file.script() : row.script(),
                entry.state(),
                row == null ? null : row.installedOn(),
                row == null ? null : row.executionMillis(),
                row == null ? null : row.checksum(),
                file == null ? null : file.checksum(),
                entry.undo() == null ? null : entry.undo().script());
    }
}
