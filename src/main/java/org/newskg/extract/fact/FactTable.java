package org.newskg.extract.fact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.NewsKgException;

/**
 * Reads the tab-separated knowledge files of the fact extractor ({@code data/events}, {@code data/roles},
 * {@code data/statements}): '#' comments and blank lines skipped, every row with the expected column count.
 *
 * <pre>{@code
 * for (String[] row : FactTable.read(dataDir.resolve("events/triggers.tsv"), 7)) { ... }
 * }</pre>
 * Stateless and thread-safe.
 */
final class FactTable {

    private FactTable() {
    }

    static List<String[]> read(Path file, int columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read fact extraction data file " + file, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new NewsKgException(file + ":" + (i + 1) + ": expected " + columns
                        + " tab-separated columns, got " + cells.length);
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
