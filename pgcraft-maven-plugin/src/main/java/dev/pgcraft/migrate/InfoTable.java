package dev.pgcraft.migrate;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@link MigrationInfo} lines as a plain-text table with aligned columns, as Flyway's info does. Column
 * "Undo" says whether the version has an undo file, i.e. whether {@code pgcraft:undo} can undo it.
 */
public final class InfoTable {

    private static final List<String> HEADERS = List.of("Version", "Description", "State", "Undo", "Installed on",
            "Time");
    private static final DateTimeFormatter INSTALLED_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private InfoTable() {
    }

    /** The table, lines separated by {@code \n}, ending with a newline. */
    public static String render(List<MigrationInfo> infos) {
        List<List<String>> rows = new ArrayList<>();
        for (MigrationInfo info : infos) {
            rows.add(List.of(info.version().toString(), info.description(), info.state().label(), undo(info),
                    info.installedOn() == null ? "" : INSTALLED_ON.format(info.installedOn()),
                    info.executionMillis() == null ? "" : info.executionMillis() + " ms"));
        }
        return TextTable.render(HEADERS, rows, "No migrations found");
    }

    // A baseline stands for a schema pgcraft did not make: there is nothing to undo, so no yes or no.
    private static String undo(MigrationInfo info) {
        if (info.state() == MigrationState.BASELINE) {
            return "";
        }
        return info.undoScript() != null ? "yes" : "no";
    }
}
