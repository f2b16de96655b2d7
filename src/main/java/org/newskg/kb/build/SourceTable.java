package org.newskg.kb.build;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newskg.NewsKgException;

/**
 * The rows of one source file (CSV or TSV with a header line), as header → value maps, values stripped.
 * A missing file or column is an error naming the file. Stateless.
 */
final class SourceTable {

    private SourceTable() {
    }

    static List<Map<String, String>> read(Path file, String... required) {
        boolean tsv = file.getFileName().toString().endsWith(".tsv");
        // TSV sources are raw query output: quotes are literal characters there, not field delimiters.
        CSVFormat format = (tsv ? CSVFormat.TDF.builder().setQuote(null) : CSVFormat.DEFAULT.builder())
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        List<Map<String, String>> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            for (String col : required) {
                if (!parser.getHeaderMap().containsKey(col)) {
                    throw new NewsKgException(file + ": missing column '" + col + "' (has " + parser.getHeaderNames() + ")");
                }
            }
            for (CSVRecord r : parser) {
                out.add(r.toMap());
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new NewsKgException("cannot read source " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A cell as a Wikidata item id, or null when it is not one. */
    static String qid(String cell) {
        return cell != null && cell.matches("Q[1-9][0-9]*") ? cell : null;
    }

    static long number(String cell) {
        try {
            return cell == null || cell.isBlank() ? 0 : (long) Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
