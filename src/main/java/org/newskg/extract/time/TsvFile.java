package org.newskg.extract.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.NewsKgException;

/**
 * Reads the tab-separated data files of {@code data/time/}: '#' comment lines and blank lines are skipped,
 * every other line must have exactly the expected number of columns.
 *
 * <pre>{@code
 * for (String[] row : TsvFile.read(dataDir.resolve("time/units.tsv"), 4)) { ... }
 * }</pre>
 * Stateless and thread-safe.
 */
final class TsvFile {

    private TsvFile() {
    }

    static List<String[]> read(Path file, int columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read temporal data file " + file, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new NewsKgException(file + ":" + (i + 1) + ": expected " + columns + " tab-separated columns, got "
                        + cells.length + " in '" + line + "'");
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
