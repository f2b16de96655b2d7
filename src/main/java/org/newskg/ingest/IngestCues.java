package org.newskg.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * The word lists plain-text parsing needs, read from {@code data/ingest/}: header labels
 * ("Published" → published), byline markers ("By"), agency cues ("News Agency") and caption cues ("Photo").
 *
 * <pre>{@code
 * IngestCues cues = IngestCues.load(dataDir);
 * cues.isAgency("Kenya News Agency");   // true
 * }</pre>
 * Immutable and thread-safe. Lists are sorted longest first, so "Last updated" wins over "Updated".
 *
 * @param headerLabels   lower-case label → field name (published, updated, title, source, url, byline)
 * @param bylineMarkers  lower-case words that open a byline line
 * @param agencyCues     lower-case words that, ending a byline, name an organization
 * @param captionCues    lower-case words that open a caption's closing parenthesis
 */
record IngestCues(Map<String, String> headerLabels, List<String> bylineMarkers, List<String> agencyCues,
                  List<String> captionCues) {

    static final String PUBLISHED = "published";
    static final String UPDATED = "updated";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String BYLINE = "byline";
    /** The fields a header label may fill; the last four take text after a colon, the first two a date. */
    static final List<String> FIELDS = List.of(PUBLISHED, UPDATED, TITLE, SOURCE, URL, BYLINE);

    IngestCues {
        headerLabels = Map.copyOf(headerLabels);
        bylineMarkers = longestFirst(bylineMarkers);
        agencyCues = longestFirst(agencyCues);
        captionCues = longestFirst(captionCues);
        for (var e : headerLabels.entrySet()) {
            if (!FIELDS.contains(e.getValue())) {
                throw new IllegalArgumentException("header label '" + e.getKey() + "' maps to unknown field '"
                        + e.getValue() + "', expected one of " + String.join(", ", FIELDS));
            }
        }
    }

    static IngestCues load(Path dataDir) {
        Path dir = dataDir.resolve("ingest");
        Map<String, String> labels = new TreeMap<>();
        for (String[] row : rows(dir.resolve("header-labels.tsv"), 2)) {
            labels.put(row[0].toLowerCase(Locale.ROOT), row[1].strip().toLowerCase(Locale.ROOT));
        }
        return new IngestCues(labels, column(dir.resolve("byline-markers.tsv")),
                column(dir.resolve("agency-cues.tsv")), column(dir.resolve("caption-cues.tsv")));
    }

    /** Whether a label's field takes a date (published, updated) rather than text after a colon. */
    boolean isDateLabel(String label) {
        String field = headerLabels.get(label);
        return PUBLISHED.equals(field) || UPDATED.equals(field);
    }

    /** Labels longest first, so a longer label is tried before its prefix. */
    List<String> labelsLongestFirst() {
        return longestFirst(new ArrayList<>(headerLabels.keySet()));
    }

    /** True when a byline's last word(s) are an agency cue ("Press", "News Agency"). */
    boolean isAgency(String byline) {
        String b = byline.strip().toLowerCase(Locale.ROOT);
        for (String cue : agencyCues) {
            if (b.equals(cue) || b.endsWith(" " + cue) || b.endsWith("-" + cue)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> column(Path file) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(file, 1)) {
            out.add(row[0].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Rows with at least {@code columns} cells and a first cell, that cell stripped; later cells are kept as written. */
    private static List<String[]> rows(Path file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (TsvRow row : TsvTable.read(file, "ingest data file").rows()) {
            String[] cells = row.cells().toArray(String[]::new);
            if (cells.length < columns || cells[0].isBlank()) {
                throw row.error("expected " + columns + " tab-separated column(s), got '" + row.text() + "'");
            }
            cells[0] = cells[0].strip();
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }
}
