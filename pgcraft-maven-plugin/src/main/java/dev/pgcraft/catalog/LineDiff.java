package dev.pgcraft.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A compact line diff of two definitions (function bodies, view queries): changed lines marked {@code -} and
 * {@code +}, one unchanged line of context around each change, {@code ...} for what is left out. Longest common
 * subsequence over lines; definitions are short enough for the quadratic table.
 */
final class LineDiff {

    private static final int CONTEXT = 1;

    private LineDiff() {
    }

    static String of(String expected, String actual) {
        String[] a = expected.strip().split("\n", -1);
        String[] b = actual.strip().split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i]);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + a[i++]);
            } else {
                lines.add("+ " + b[j++]);
            }
        }
        return withContext(lines);
    }

    private static String withContext(List<String> lines) {
        boolean[] keep = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).startsWith("  ")) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(lines.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            // "..." standing for a single line is no shorter than the line
            if (!keep[k] && (k == 0 || keep[k - 1]) && (k == lines.size() - 1 || keep[k + 1])) {
                keep[k] = true;
            }
        }
        StringBuilder text = new StringBuilder();
        boolean skipped = false;
        for (int k = 0; k < lines.size(); k++) {
            if (keep[k]) {
                if (skipped) {
                    text.append("  ...\n");
                }
                text.append(lines.get(k)).append('\n');
                skipped = false;
            } else {
                skipped = true;
            }
        }
        if (skipped) {
            text.append("  ...\n");
        }
        return text.toString().stripTrailing();
    }
}
