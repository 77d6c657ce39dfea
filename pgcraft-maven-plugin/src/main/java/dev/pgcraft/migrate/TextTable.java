package dev.pgcraft.migrate;

import java.util.List;

/**
 * A plain-text table with aligned columns, as Flyway prints its info: a border, the headers, a border, the rows, a
 * border. {@code info} and the summary of a many-target run print their tables with it.
 */
public final class TextTable {

    private TextTable() {
    }

    /**
     * The table, lines separated by {@code \n}, ending with a newline.
     *
     * @param whenEmpty the line shown across the whole table when there are no rows, or {@code null} for none
     */
    public static String render(List<String> headers, List<List<String>> rows, String whenEmpty) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        String border = border(widths);
        text.append(border).append(line(headers, widths)).append(border);
        if (rows.isEmpty() && whenEmpty != null) {
            int inner = border.length() - 5; // the border minus "| " ... " |" and the newline
            text.append("| ").append(pad(whenEmpty, inner)).append(" |\n");
        }
        for (List<String> row : rows) {
            text.append(line(row, widths));
        }
        return text.append(border).toString();
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
