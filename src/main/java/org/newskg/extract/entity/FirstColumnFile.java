package org.newskg.extract.entity;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * The first column of a data file as phrases for a {@link PhraseSet}: the other columns, if any, belong to
 * other readers of the same file (data/roles/titles.tsv is also read for positions by the fact extractor).
 *
 * <pre>{@code
 * PhraseSet roles = new PhraseSet(FirstColumnFile.read(dataDir.resolve("roles/titles.tsv"), "ROLE"));
 * }</pre>
 * Stateless; reading goes through {@link TsvTable}, so errors name the file and line.
 */
final class FirstColumnFile {

    private FirstColumnFile() {
    }

    static Map<String, String> read(Path file, String value) {
        return phrases(TsvTable.read(file, "lexicon"), value);
    }

    /** A cue file added after the first release: a data directory without it still loads. */
    static Map<String, String> readOptional(Path file, String value) {
        return phrases(TsvTable.readIfExists(file, "lexicon"), value);
    }

    private static Map<String, String> phrases(TsvTable table, String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TsvRow row : table.rows()) {
            if (row.cell(0).isBlank()) {
                throw row.error("expected a phrase in the first column, found '" + row.text() + "'");
            }
            out.put(row.cell(0).strip(), value);
        }
        return out;
    }
}
