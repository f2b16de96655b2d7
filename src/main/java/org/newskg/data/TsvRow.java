package org.newskg.data;

import java.nio.file.Path;
import java.util.List;
import org.newskg.NewsKgException;

/**
 * One data line of a {@link TsvTable}: its cells as written (empty cells kept, nothing stripped) and where it
 * came from, so a loader can report a bad value as {@code file:line: message}.
 *
 * <pre>{@code
 * TsvRow row = table.rows().get(0);
 * if (row.cell(1).isBlank()) throw row.error("empty label");
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param file  the file the row was read from
 * @param line  the 1-based line number in that file
 * @param text  the whole line (without its line break or a leading byte order mark)
 * @param cells the tab-separated cells, empty ones included
 */
public record TsvRow(Path file, int line, String text, List<String> cells) {

    public TsvRow {
        cells = List.copyOf(cells);
        if (line < 1 || cells.isEmpty()) {
            throw new IllegalArgumentException("a row needs a line number >= 1 and a cell, got line " + line
                    + " with " + cells.size() + " cells");
        }
    }

    public int size() {
        return cells.size();
    }

    /** The cell at {@code index} as written. */
    public String cell(int index) {
        return cells.get(index);
    }

    /** Every cell with surrounding white space removed, as the array the table loaders index. */
    public String[] stripped() {
        return cells.stream().map(String::strip).toArray(String[]::new);
    }

    /** This row, after checking it has exactly {@code columns} cells; {@code names} lists them for the message. */
    public TsvRow requireColumns(int columns, String names) {
        if (cells.size() != columns) {
            throw error("expected " + columns + " tab-separated columns" + (names.isEmpty() ? "" : " (" + names + ")")
                    + ", found " + cells.size() + ": '" + text + "'");
        }
        return this;
    }

    /** An error about this row: {@code file:line: message}. */
    public NewsKgException error(String message) {
        return new NewsKgException(where() + message);
    }

    /** An error about this row caused by {@code cause} (a value a record constructor rejected, say). */
    public NewsKgException error(String message, Throwable cause) {
        return new NewsKgException(where() + message, cause);
    }

    private String where() {
        return file + ":" + line + ": ";
    }
}
