package org.newskg.rdf;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

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
        Map<String, String> labels = new TreeMap<>();
        for (TsvRow row : TsvTable.read(dataDir.resolve(FILE), "CAMEO code table").rows()) {
            if (row.size() != 2 || row.cell(1).isBlank()) {
                throw row.error("expected 'code<TAB>label', got '" + row.text() + "'");
            }
            String code = row.cell(0).strip();
            if (!code.matches("[0-9]{2,4}")) {
                throw row.error("a CAMEO code has 2 to 4 digits, got '" + code + "'");
            }
            if (labels.put(code, row.cell(1).strip()) != null) {
                throw row.error("code " + code + " is listed twice");
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
