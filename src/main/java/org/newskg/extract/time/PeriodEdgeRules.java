package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * The edge of the period the story is in: "by the end of the year" → the reference's year, "the beginning of
 * the month" → its month, "the end of the decade" → its decade ("201"), "the middle of the century" → its
 * century ("20"). Other edges ("the end of October") are the modified expression widened by {@link Modifiers}.
 *
 * <pre>{@code
 * List<Candidate> found = new PeriodEdgeRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * The edge phrases are the {@code modifier} entries ending in "of". Immutable and thread-safe.
 */
final class PeriodEdgeRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;

    private final TimeLexicon lexicon;
    private final Pattern edge;

    PeriodEdgeRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> edges = lexicon.phrases("modifier").stream().filter(p -> p.endsWith(" of")).collect(Collectors.toSet());
        String units = lexicon.unitRegex(Set.of());
        this.edge = Pattern.compile("(?<![\\w-])" + (edges.isEmpty() ? "(?!)" : "(?i:" + TimeLexicon.alternation(edges) + ")")
                + SP + "(?i:the|this)" + SP + "(?<u>(?i:" + units + "))(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        if (!reference.known()) {
            return out;
        }
        Matcher m = matchers.of(edge, sentence.text());
        while (m.find()) {
            String value = lexicon.unit(m.group("u")).map(u -> current(u, reference)).orElse(null);
            if (value != null) {
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, value, "period-edge"));
            }
        }
        return out;
    }

    /**
     * The reference's year, month or week; for a unit of ten or a hundred years (units.tsv: decade, century) its
     * decade or century ("201", "20"); null for other units ("the end of the day" is an idiom as often as a time).
     */
    private static String current(TimeUnit u, ReferenceCalendar reference) {
        int year = reference.date().getYear();
        if (u.unit().equals("Y") && u.multiplier() > 1) {
            return u.multiplier() == 10 || u.multiplier() == 100 ? String.valueOf(year / u.multiplier()) : null;
        }
        boolean calendar = u.multiplier() == 1 && (u.unit().equals("Y") || u.unit().equals("M") || u.unit().equals("W"));
        return calendar ? reference.shifted(u, 0).orElse(null) : null;
    }
}
