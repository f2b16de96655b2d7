package org.newskg.rdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.NewsKgException;

/**
 * The labels of CAMEO event codes ("041" → "Discuss by telephone"), read from {@code data/cameo/cameo-codes.tsv}
 * (two tab-separated columns, code and label; '#' lines are comments).
 * <pre>{@code
 * CameoCodes cameo = CameoCodes.load(dataDir);
 * cameo.label("041");   // "Discuss by telephone"; null for a code the file does not list
 * }</pre>
 * Immutable and thread-safe.
 */
public final class CameoCodes {

    /** Where the table lives under the data directory. */
    public static final String FILE = "cameo/cameo-codes.tsv";

    private final Map<String, String> labels;

    private CameoCodes(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** No labels: events keep their codes only. */
    public static CameoCodes none() {
        return new CameoCodes(Map.of());
    }

    /** Reads the table; a missing file or a malformed line stops with the file name and line number. */
    public static CameoCodes load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NewsKgException("CAMEO code table " + file + " is missing", e);
        } catch (IOException e) {
            throw new NewsKgException("cannot read CAMEO code table " + file, e);
        }
        Map<String, String> labels = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (cells.length != 2 || cells[1].isBlank()) {
                throw new NewsKgException(where + "expected 'code<TAB>label', got '" + line + "'");
            }
            String code = cells[0].strip();
            if (!code.matches("[0-9]{2,4}")) {
                throw new NewsKgException(where + "a CAMEO code has 2 to 4 digits, got '" + code + "'");
            }
            if (labels.put(code, cells[1].strip()) != null) {
                throw new NewsKgException(where + "code " + code + " is listed twice");
            }
        }
        return new CameoCodes(labels);
    }

    /** The label of a code, or null when the table does not list it. */
    public String label(String code) {
        return code == null ? null : labels.get(code);
    }

    public int size() {
        return labels.size();
    }
}
