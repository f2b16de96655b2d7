package org.newskg.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newskg.NewsKgException;

/**
 * Reads and writes {@code entities.tsv}, the knowledge base's one file format (see data/kb/README.md).
 *
 * <pre>{@code
 * List<KbRow> rows = KbFile.read(Path.of("data/kb/entities.tsv"));
 * KbFile.writeAtomically(Path.of("data/kb/entities.tsv"), rows);   // sorted by QID number
 * }</pre>
 * Writing sorts rows by the QID's number and always emits the same header, so a file written from the
 * same rows is byte-identical (what makes the shipped KB reproducible by {@code kg kb refresh}).
 * Stateless and thread-safe.
 */
public final class KbFile {

    /** Rows in QID-number order (Q2 before Q10), the order of the shipped file. */
    public static final Comparator<KbRow> ORDER = Comparator.comparingLong((KbRow r) -> qidNumber(r.entry().qid()));

    static final List<String> HEADER = List.of(
            "# newskg knowledge base: entities with confirmed Wikidata QIDs (see data/kb/README.md).",
            "# UTF-8, tab-separated, one entity per line, sorted by QID number. Lines starting with # are comments.",
            "# Columns: qid\tlabel\ttype\taliases\tcountry_qid\tdemonyms\tevidence",
            "#   aliases and demonyms are '|'-separated; type is one of Country, City, Place, Region, Facility, Person, Organization, Event.",
            "#   Demonyms (adjectives and plural nouns of nationality) are listed for countries only, and only where the word is unambiguous.");
    private static final int COLUMNS = 7;

    private KbFile() {
    }

    /** The number of a QID (148 for Q148). */
    public static long qidNumber(String qid) {
        return Long.parseLong(qid.substring(1));
    }

    /** Reads every row; a malformed row (or a QID defined twice) fails with {@code path:line: message}. */
    public static List<KbRow> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read knowledge base " + file + ": " + e.getMessage(), e);
        }
        List<KbRow> rows = new ArrayList<>(lines.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            KbRow row = parse(file, i + 1, line);
            Integer before = seen.putIfAbsent(row.entry().qid(), i + 1);
            if (before != null) {
                throw new NewsKgException(file + ":" + (i + 1) + ": " + row.entry().qid() + " is already defined on line " + before);
            }
            rows.add(row);
        }
        return rows;
    }

    private static KbRow parse(Path file, int lineNo, String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new NewsKgException(file + ":" + lineNo + ": expected " + COLUMNS
                    + " tab-separated columns (qid label type aliases country_qid demonyms evidence), found "
                    + c.length + ": '" + line + "'");
        }
        try {
            if (c[1].isBlank()) {
                throw new IllegalArgumentException("empty label for " + c[0]);
            }
            String country = c[4].strip();
            if (!country.isEmpty() && !country.matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException("country_qid '" + country + "' is not a Wikidata item id");
            }
            KbEntry e = new KbEntry(c[0].strip(), c[1].strip(), EntityType.parse(c[2]), list(c[3]), country, list(c[5]));
            return new KbRow(e, c[6]);
        } catch (IllegalArgumentException e) {
            throw new NewsKgException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The file's text for these rows: the header, then one line per row in {@link #ORDER}. */
    public static String format(List<KbRow> rows) {
        StringBuilder sb = new StringBuilder();
        HEADER.forEach(h -> sb.append(h).append('\n'));
        rows.stream().sorted(ORDER).forEach(r -> sb.append(line(r)).append('\n'));
        return sb.toString();
    }

    /** One row as written: seven tab-separated cells. */
    public static String line(KbRow r) {
        KbEntry e = r.entry();
        return String.join("\t", e.qid(), clean(e.label()), e.type().localName(), join(e.aliases()),
                e.countryQid() == null ? "" : e.countryQid(), join(e.demonyms()), r.evidence());
    }

    private static String join(List<String> values) {
        return String.join("|", values.stream().map(KbFile::clean).toList());
    }

    /** Tabs, line breaks and '|' would break the format; names never need them. */
    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n|]+", " ").strip();
    }

    /**
     * Writes the rows to a temporary file next to {@code file}, then moves it over {@code file}: a reader
     * sees the old file or the new one, and a failure leaves the old file untouched.
     */
    public static void writeAtomically(Path file, List<KbRow> rows) {
        Path abs = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(abs.getParent());
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            Files.writeString(tmp, format(rows), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot write knowledge base " + abs + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The move succeeded or the error above is the one worth reporting.
                }
            }
        }
    }
}
