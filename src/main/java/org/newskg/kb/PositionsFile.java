package org.newskg.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.NewsKgException;

/**
 * Reads {@code data/kb/positions.tsv}: offices held by knowledge base people (see data/kb/README.md).
 * A missing file means no positions (a hand-made data directory need not have one). Stateless.
 */
final class PositionsFile {

    static final String FILE = "kb/positions.tsv";
    private static final int COLUMNS = 6;

    private PositionsFile() {
    }

    static List<Position> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read positions " + file + ": " + e.getMessage(), e);
        }
        List<Position> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                if (c.length != COLUMNS) {
                    throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns (position holder_qid "
                            + "of_qid start_year end_year evidence), found " + c.length);
                }
                out.add(new Position(c[0].strip(), c[1].strip(), c[2].strip(), year(c[3]), year(c[4])));
            } catch (IllegalArgumentException e) {
                throw new NewsKgException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static Integer year(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("-?[0-9]{1,4}")) {
            throw new IllegalArgumentException("year '" + s + "' is not a year");
        }
        return Integer.valueOf(s);
    }
}
