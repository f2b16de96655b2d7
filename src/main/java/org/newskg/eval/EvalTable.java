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
 * Not thread-safe.
 */
public final class EvalTable {

    private final Map<String, Prf> rows = new TreeMap<>();
    private Prf overall;

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
        out.printf(Locale.ROOT, "%-10s %9s %7s %7s %7s %6s%n", "type", "precision", "recall", "f1", "gold", "found");
        rows.forEach((type, prf) -> line(out, type, prf));
        line(out, "overall", overall());
        out.flush();
    }

    private static void line(PrintWriter out, String name, Prf p) {
        out.printf(Locale.ROOT, "%-10s %9.2f %7.2f %7.2f %7d %6d%n", name, 100 * p.precision(), 100 * p.recall(),
                100 * p.f1(), p.tp() + p.fn(), p.tp() + p.fp());
    }
}
