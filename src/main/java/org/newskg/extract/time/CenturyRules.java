package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Centuries named by their ordinal: "the 19th century", "the nineteenth century" → TIMEX3 {@code 18} (the
 * hundreds of its years), "the 21st century" → {@code 20}; "this century", "the last century" are the reference's
 * century and the one before.
 *
 * <pre>{@code
 * List<Candidate> found = new CenturyRules(lexicon).find(sentence, ReferenceCalendar.UNKNOWN);
 * }</pre>
 * Spelled ordinals are the {@code century} entries of {@code data/time/lexicon.tsv}. Only the relative ones need the reference date.
 * Immutable and thread-safe.
 */
final class CenturyRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;
    private static final Pattern ANY_CENTURY = Pattern.compile("(?i:century)");

    private final TimeLexicon lexicon;
    private final Pattern century;
    private final Pattern relative;

    CenturyRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.century = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?(?:(?<d>[1-9]|1\\d|2[01])(?:st|nd|rd|th)|(?<w>(?i:"
                + lexicon.phraseRegexOrNothing("century") + ")))[\\s\\u00A0-]+(?i:century)(?![\\w-])");
        this.relative = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?(?<r>(?i:this|current|last|previous|next))" + SP
                + "(?i:century)(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        if (!matchers.of(ANY_CENTURY, sentence.text()).find()) {
            return out;
        }
        Matcher m = matchers.of(century, sentence.text());
        while (m.find()) {
            int n = m.group("d") != null ? Integer.parseInt(m.group("d"))
                    : lexicon.direction("century", m.group("w").toLowerCase(Locale.ROOT));
            out.add(new Candidate(m.start(), m.end(), TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1), "century"));
        }
        Matcher r = matchers.of(relative, sentence.text());
        while (reference.known() && r.find()) {
            int hundreds = Math.floorDiv(reference.date().getYear(), 100)
                    + lexicon.direction("relative", r.group("r").toLowerCase(Locale.ROOT));
            out.add(new Candidate(r.start(), r.end(), TimexType.DATE, String.format(Locale.ROOT, "%02d", hundreds), "relative-century"));
        }
        return out;
    }
}
