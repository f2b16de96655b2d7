package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;

/**
 * Widens found expressions over the modifiers TimeML keeps inside a TIMEX3's extent (its {@code mod}):
 * "early next year", "mid-October", "the end of October", "late Sunday" for dates and times, "less than a day",
 * "nearly four weeks", "about three years" for durations. The value is the modified expression's.
 *
 * <pre>{@code
 * List<Candidate> wide = new Modifiers(lexicon).widen(sentence.text(), kept);
 * }</pre>
 * The phrases are the {@code modifier} entries of {@code data/time/lexicon.tsv}. Immutable and thread-safe.
 */
final class Modifiers {

    /** Longer than any modifier with the space after it. */
    private static final int TAIL = 40;

    private final TimeLexicon lexicon;
    private final Pattern before;

    Modifiers(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        // A modifier ending in a hyphen ("mid-") is glued to the expression; the others are words before it.
        this.before = Pattern.compile("(?<![\\w-])(?<m>(?i:" + lexicon.phraseRegexOrNothing("modifier") + "))(?<sp>[\\s\\u00A0]*)$");
    }

    /** The candidates (sorted, not overlapping), each widened over a modifier right before it that fits its type. */
    List<Candidate> widen(String text, List<Candidate> kept) {
        List<Candidate> out = new ArrayList<>(kept.size());
        int previousEnd = 0;
        for (Candidate c : kept) {
            int from = Math.max(previousEnd, c.begin() - TAIL);
            Matcher m = before.matcher(text).region(from, c.begin()).useTransparentBounds(true);
            Candidate widened = c;
            if (m.find() && (m.group("m").endsWith("-") || !m.group("sp").isEmpty()) && fits(m.group("m"), c.type())) {
                widened = new Candidate(m.start(), c.end(), c.type(), c.value(), c.rule(), c.anaphor());
            }
            out.add(widened);
            previousEnd = c.end();
        }
        return out;
    }

    /** START, MID and END place within a date or time; the others bound a length. */
    private boolean fits(String modifier, TimexType type) {
        String mod = lexicon.phrase("modifier", modifier).orElse("");
        boolean edge = mod.equals("START") || mod.equals("MID") || mod.equals("END");
        return edge ? type == TimexType.DATE || type == TimexType.TIME : type == TimexType.DURATION;
    }
}
