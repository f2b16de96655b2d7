package org.newskg.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.newskg.NewsKgException;

/**
 * Reads and writes the files {@code kg kb build} generates from one open source (see data/kb/README.md):
 * {@code entities.tsv} (nine columns: the seven of the hand-curated file without evidence, plus
 * {@code prior}, {@code recognize} and {@code flags}) and {@code positions.tsv} (holder, office, owner,
 * start and end as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}).
 *
 * <pre>{@code
 * SourceFile.writeEntities(dir.resolve("entities.tsv"), header, rows);   // sorted by QID number
 * SourceFile.readEntities(dir.resolve("entities.tsv"), row -> ...);
 * }</pre>
 * Writing sorts and formats numbers with a fixed locale, so the same rows give a byte-identical file.
 * Reading is a plain tab split (no per-row objects beyond the entry): these files hold most of the KB's
 * 100,000+ entities and are read at every start. Stateless.
 */
public final class SourceFile {

    public static final String ENTITIES = "entities.tsv";
    public static final String POSITIONS = "positions.tsv";
    static final String ENTITY_COLUMNS = "qid\tlabel\ttype\taliases\tcountry_qid\tdemonyms\tprior\trecognize\tflags";
    static final String POSITION_COLUMNS = "holder_qid\tposition\tof_qid\tstart\tend";

    /**
     * One generated entity: the entry, and the subset of its names (label and aliases) that the recognizer
     * may find in text by themselves (the rest serve candidate lookup only).
     */
    public record EntityRow(KbEntry entry, List<String> recognize) {
        public EntityRow {
            recognize = List.copyOf(recognize);
        }
    }

    /** One generated holding, dates as written in the source. */
    public record PositionRow(String holderQid, String label, String ofQid, String start, String end) {
        public PositionRow {
            start = start == null ? "" : start;
            end = end == null ? "" : end;
        }

        public Position toPosition() {
            return new Position(label, holderQid, ofQid, earliest(start), latest(end));
        }
    }

    private SourceFile() {
    }

    public static void writeEntities(Path file, List<String> header, List<EntityRow> rows) {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append("# ").append(h).append('\n'));
        sb.append("# Columns: ").append(ENTITY_COLUMNS).append('\n');
        rows.stream().sorted(Comparator.comparingLong(r -> KbFile.qidNumber(r.entry().qid()))).forEach(r -> {
            KbEntry e = r.entry();
            sb.append(String.join("\t", e.qid(), clean(e.label()), e.type().localName(), join(e.aliases()),
                    e.countryQid() == null ? "" : e.countryQid(), join(e.demonyms()),
                    String.format(Locale.ROOT, "%.3f", e.prior()), join(r.recognize()), flags(e)))
                    .append('\n');
        });
        AtomicFile.write(file, sb.toString(), "knowledge base source file");
    }

    public static void writePositions(Path file, List<String> header, List<PositionRow> rows) {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append("# ").append(h).append('\n'));
        sb.append("# Columns: ").append(POSITION_COLUMNS).append('\n');
        rows.stream().sorted(Comparator.comparingLong((PositionRow r) -> KbFile.qidNumber(r.holderQid()))
                .thenComparing(PositionRow::start).thenComparing(PositionRow::label).thenComparing(PositionRow::ofQid)
                .thenComparing(PositionRow::end)).distinct().forEach(r -> sb.append(String.join("\t", r.holderQid(),
                        clean(r.label()), r.ofQid(), r.start(), r.end())).append('\n'));
        AtomicFile.write(file, sb.toString(), "knowledge base source file");
    }

    private static final String HISTORICAL = "historical";

    /**
     * The flags column, space-separated: "historical", the subclass token ("news-agency"), and when the entity
     * existed ("from=1950-01-01 until=1970-06-30").
     */
    private static String flags(KbEntry e) {
        List<String> out = new ArrayList<>();
        if (e.historical()) {
            out.add(HISTORICAL);
        }
        if (e.subclass() != null) {
            out.add(e.subclass().token());
        }
        if (e.existed() != null && e.existed().from() != null) {
            out.add(FROM + e.existed().from());
        }
        if (e.existed() != null && e.existed().until() != null) {
            out.add(UNTIL + e.existed().until());
        }
        return String.join(" ", out);
    }

    private static final String FROM = "from=";
    private static final String UNTIL = "until=";

    /** "from=1950-01-01 until=1970-06-30" of the flags column, or null when neither is there. */
    private static Lifespan lifespan(String flags) {
        LocalDate from = null;
        LocalDate until = null;
        for (String f : flags.split(" ")) {
            if (f.startsWith(FROM)) {
                from = earliest(f.substring(FROM.length()));
            } else if (f.startsWith(UNTIL)) {
                until = latest(f.substring(UNTIL.length()));
            }
        }
        return from == null && until == null ? null : new Lifespan(from, until);
    }

    private static boolean flag(String flags, String token) {
        return Arrays.asList(flags.split(" ")).contains(token);
    }

    private static Subclass subclass(String flags) {
        return Arrays.stream(flags.split(" ")).map(Subclass::parse).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** Calls {@code sink} for every row of an entities file; a malformed row fails with {@code file:line: message}. */
    public static void readEntities(Path file, Consumer<EntityRow> sink) {
        read(file, 9, (cells, line) -> {
            KbEntry e = new KbEntry(cells[0], cells[1], EntityType.parse(cells[2]), list(cells[3]), cells[4],
                    list(cells[5]), Double.parseDouble(cells[6]), flag(cells[8], HISTORICAL),
                    subclass(cells[8]), lifespan(cells[8]));
            sink.accept(new EntityRow(e, list(cells[7])));
        });
    }

    /** Calls {@code sink} for every row of a positions file; a missing file has none. */
    public static void readPositions(Path file, Consumer<PositionRow> sink) {
        if (!Files.exists(file)) {
            return;
        }
        read(file, 5, (cells, line) -> sink.accept(new PositionRow(cells[0], cells[1], cells[2], cells[3], cells[4])));
    }

    private interface RowSink {
        void accept(String[] cells, int line);
    }

    private static void read(Path file, int columns, RowSink sink) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            String[] cells = new String[columns];
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int found = split(line, cells);
                if (found != columns) {
                    throw new NewsKgException(file + ":" + n + ": expected " + columns + " tab-separated columns, found "
                            + found + ": '" + line + "'");
                }
                try {
                    sink.accept(cells, n);
                } catch (RuntimeException e) {
                    throw new NewsKgException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (NoSuchFileException e) {
            throw new NewsKgException("knowledge base file " + file + " does not exist (run kg kb build)", e);
        } catch (IOException e) {
            throw new NewsKgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int split(String line, String[] cells) {
        int n = 0;
        int from = 0;
        while (true) {
            int tab = line.indexOf('\t', from);
            String cell = tab < 0 ? line.substring(from) : line.substring(from, tab);
            if (n < cells.length) {
                cells[n] = cell;
            }
            n++;
            if (tab < 0) {
                return n;
            }
            from = tab + 1;
        }
    }

    static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return cell.indexOf('|') < 0 ? List.of(cell) : Arrays.asList(cell.split("\\|"));
    }

    private static String join(List<String> values) {
        return String.join("|", values.stream().map(SourceFile::clean).filter(s -> !s.isEmpty()).toList());
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n|]+", " ").strip();
    }

    /** The first day a written date may mean: "2013" → 2013-01-01, "2013-05" → 2013-05-01; null when empty. */
    public static LocalDate earliest(String date) {
        return parse(date, true);
    }

    /** The last day a written date may mean: "2013" → 2013-12-31; null when empty. */
    public static LocalDate latest(String date) {
        return parse(date, false);
    }

    private static LocalDate parse(String d, boolean first) {
        String s = d.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            // Plain length checks: positions hold about 200,000 dates, read at every start.
            if (s.length() <= 4) {
                int y = Integer.parseInt(s);
                return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                YearMonth ym = YearMonth.parse(s);
                return first ? ym.atDay(1) : ym.atEndOfMonth();
            }
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                throw new IllegalArgumentException("bad date");
            }
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                    Integer.parseInt(s.substring(8, 10)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("date '" + s + "' is not YYYY, YYYY-MM or YYYY-MM-DD", e);
        }
    }

    /** Whether a cell holds a date this format accepts. */
    public static boolean isDate(String s) {
        try {
            parse(s, true);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
