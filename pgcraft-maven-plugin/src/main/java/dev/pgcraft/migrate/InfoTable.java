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
        int[] widths = new int[HEADERS.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADERS.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        String border = border(widths);
        text.append(border).append(line(HEADERS, widths)).append(border);
        if (rows.isEmpty()) {
            int inner = border.length() - 5; // the border minus "| " ... " |" and the newline
            text.append("| ").append(pad("No migrations found", inner)).append(" |\n");
        }
        for (List<String> row : rows) {
            text.append(line(row, widths));
        }
        return text.append(border).toString();
    }

    // A baseline stands for a schema pgcraft did not make: there is nothing to undo, so no yes or no.
    private static String undo(MigrationInfo info) {
        if (info.state() == MigrationState.BASELINE) {
            return "";
        }
        return info.undoScript() != null ? "yes" : "no";
    }

    private static String border(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.append('\n').toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < widths.length; c++) {
            line.append(' ').append(pad(cells.get(c), widths[c])).append(" |");
        }
        return line.append('\n').toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
