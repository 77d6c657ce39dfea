package dev.pgcraft.model.config;

import dev.pgcraft.model.problem.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of a configuration file, kept so that positions can be moved to where a tag starts.
 *
 * <p>SAX reports an element at the end of its start tag; users and IDEs expect the {@code <}. Because
 * {@code <} cannot occur inside an attribute value, the last {@code <} before a tag's end is the tag's start.
 * The parser is fed this very text (as characters), so its line and column numbers match ours exactly.
 */
final class SourceText {

    private final String file;
    private final String text;
    /** Offset of the first character of each line; line breaks are \n, \r\n or \r, as XML normalises them. */
    private final int[] lineStarts;

    private SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Decodes the bytes as the file declares (BOM, then the XML declaration, else UTF-8).
     *
     * @throws dev.pgcraft.model.problem.PgcraftException {@code PGC-CONFIG-ENCODING}, at the first bad byte, when
     *     the bytes are not valid in that encoding
     */
    static SourceText decode(String file, byte[] bytes) {
        return new SourceText(file, ConfigEncoding.decode(file, bytes));
    }

    String text() {
        return text;
    }

    String file() {
        return file;
    }

    /** The location as the parser reported it. */
    SourceLocation at(int line, int column) {
        return new SourceLocation(file, Math.max(line, 0), Math.max(column, 0));
    }

    /**
     * Where the tag that ends just before ({@code line}, {@code column}) starts; the position itself when it
     * does not follow a tag (as for a parse error in the middle of text).
     */
    SourceLocation tagStart(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return at(line, column);
        }
        int end = Math.min(lineStarts[line - 1] + column - 1, text.length());
        if (end == 0 || text.charAt(end - 1) != '>') {
            return at(line, column);
        }
        int start = text.lastIndexOf('<', end - 1);
        return start < 0 ? at(line, column) : locationOf(start);
    }

    private SourceLocation locationOf(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new SourceLocation(file, low + 1, offset - lineStarts[low] + 1);
    }
}
