package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.TimeMention;

/**
 * The temporal expressions a tagger got wrong in one document, for reading: gold expressions it missed,
 * normalized differently or found with other bounds (what the strict row counts), and expressions it found
 * that overlap no gold one, e.g. {@code kenya.tml  value   "next week" gold 2022-W33 found 2022-W34},
 * {@code kenya.tml  extent  "less than a day" found "a day"}.
 *
 * <pre>{@code
 * List<String> lines = TimexErrors.describe(doc, found);
 * }</pre>
 * Stateless and thread-safe. Matching is the relaxed one of {@link TimexEvaluator} (overlapping spans).
 */
public final class TimexErrors {

    private TimexErrors() {
    }

    public static List<String> describe(TimeMlDocument doc, List<TimeMention> found) {
        List<String> out = new ArrayList<>();
        List<TimeMention> unused = new ArrayList<>(found);
        for (TimeMlDocument.Timex g : doc.timexes()) {
            String text = doc.text().substring(g.begin(), g.end());
            TimeMention match = unused.stream().filter(f -> f.begin() < g.end() && g.begin() < f.end()).findFirst().orElse(null);
            if (match == null) {
                out.add(doc.name() + "  missed  \"" + text + "\" gold " + g.value());
            } else {
                unused.remove(match);
                if (!match.value().equals(g.value())) {
                    out.add(doc.name() + "  value   \"" + text + "\" gold " + g.value() + " found " + match.value());
                } else if (match.begin() != g.begin() || match.end() != g.end()) {
                    out.add(doc.name() + "  extent  \"" + text + "\" found \"" + match.text() + "\"");
                }
            }
        }
        unused.forEach(f -> out.add(doc.name() + "  wrong   \"" + f.text() + "\" found " + f.value()));
        return out;
    }
}
