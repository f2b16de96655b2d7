package org.newskg.eval;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain table every {@code kg eval} command prints: one row per type, precision, recall and F1 as
 * percentages, and a last row starting with {@code overall} (micro-averaged), e.g.
 * <pre>
 * type       precision  recall      f1    gold  found
 * LOC            90.00   81.82   85.71     11     10
 * overall        91.40   86.40   88.83    125    118
 * </pre>
 * Rows are sorted by name, unless the table was made with {@link #inOrder(String)}. The first column is
 * as wide as the longest row name. Not thread-safe.
 */
public final class EvalTable {

    private final String header;
    private final Map<String, Prf> rows;
    private Prf overall;

    /** A table of types, rows sorted by name. */
    public EvalTable() {
        this("type", new TreeMap<>());
    }

    private EvalTable(String header, Map<String, Prf> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** A table whose rows stay in the order they were first added, under a first column named {@code header}. */
    public static EvalTable inOrder(String header) {
        return new EvalTable(header, new LinkedHashMap<>());
    }

    public void add(String type, Prf counts) {
        rows.merge(type, counts, Prf::plus);
    }

    /** The micro-average of the rows, unless {@link #overall(Prf)} chose another measure. */
    public Prf overall() {
        return overall != null ? overall : rows.values().stream().reduce(new Prf(0, 0, 0), Prf::plus);
    }

    /** Sets the overall row when the rows are different measures of the same items rather than disjoint types. */
    public void overall(Prf counts) {
        this.overall = counts;
    }

    public Map<String, Prf> rows() {
        return new LinkedHashMap<>(rows);
    }

    public void print(PrintWriter out) {
        int width = rows.keySet().stream().mapToInt(String::length).reduce(Math.max(10, header.length()), Math::max);
        out.printf(Locale.ROOT, "%-" + width + "s %9s %7s %7s %7s %6s%n", header, "precision", "recall", "f1", "gold", "found");
        rows.forEach((type, prf) -> line(out, width, type, prf));
        line(out, width, "overall", overall());
        out.flush();
    }

    private static void line(PrintWriter out, int width, String name, Prf p) {
        out.printf(Locale.ROOT, "%-" + width + "s %9.2f %7.2f %7.2f %7d %6d%n", name, 100 * p.precision(), 100 * p.recall(),
                100 * p.f1(), p.tp() + p.fn(), p.tp() + p.fp());
    }
}
