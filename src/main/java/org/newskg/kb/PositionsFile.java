package org.newskg.kb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.data.TsvRow;
import org.newskg.data.TsvTable;

/**
 * Reads and writes {@code data/kb/positions.tsv}: offices held by knowledge base people (see
 * data/kb/README.md). A missing file means no positions (a hand-made data directory need not have one).
 * Writing sorts by holder QID number, then start year and office, under a fixed header. Stateless.
 */
public final class PositionsFile {

    public static final String FILE = "kb/positions.tsv";
    private static final int COLUMNS = 6;

    /** Holder QID number, then start year (unknown first), office name, owner QID number. */
    public static final Comparator<PositionRow> ORDER = Comparator
            .comparingLong((PositionRow r) -> KbFile.qidNumber(r.position().holderQid()))
            .thenComparing(r -> r.position().startYear(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.position().label())
            .thenComparingLong(r -> KbFile.qidNumber(r.position().ofQid()));

    static final List<String> HEADER = List.of(
            "# newskg knowledge base: offices held by knowledge base people (see data/kb/README.md).",
            "# UTF-8, tab-separated, one holding per line, sorted by holder QID number. Lines starting with # are comments.",
            "# Columns: position\tholder_qid\tof_qid\tstart_year\tend_year\tevidence",
            "#   position is the office's English name; holder_qid is a Person of entities.tsv; of_qid the country or",
            "#   organization the office belongs to (an entry of entities.tsv); years are empty when not confirmed.");

    private PositionsFile() {
    }

    static List<Position> read(Path dataDir) {
        return readRows(dataDir.resolve(FILE)).stream().map(PositionRow::position).toList();
    }

    /** The rows of a positions file, in file order; empty when the file does not exist. */
    public static List<PositionRow> readRows(Path file) {
        List<PositionRow> out = new ArrayList<>();
        for (TsvRow row : TsvTable.readIfExists(file, "positions").rows()) {
            List<String> c = row.requireColumns(COLUMNS, "position holder_qid of_qid start_year end_year evidence").cells();
            try {
                out.add(new PositionRow(new Position(c.get(0).strip(), c.get(1).strip(), c.get(2).strip(), year(c.get(3)),
                        year(c.get(4))), c.get(5)));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage(), e);
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

    /** The file's text: the header, then one line per row in {@link #ORDER}. */
    public static String format(List<PositionRow> rows) {
        StringBuilder sb = new StringBuilder();
        HEADER.forEach(h -> sb.append(h).append('\n'));
        rows.stream().sorted(ORDER).forEach(r -> {
            Position p = r.position();
            sb.append(String.join("\t", p.label().replaceAll("[\\t\\r\\n]+", " "), p.holderQid(), p.ofQid(),
                    p.startYear() == null ? "" : p.startYear().toString(), p.endYear() == null ? "" : p.endYear().toString(),
                    r.evidence())).append('\n');
        });
        return sb.toString();
    }

    public static void writeAtomically(Path file, List<PositionRow> rows) {
        AtomicFile.write(file, format(rows), "positions");
    }
}
