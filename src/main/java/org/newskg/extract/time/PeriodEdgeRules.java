package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final String SP = DateShapes.SP;

    private final TimeLexicon lexicon;
    private final Pattern edge;

    PeriodEdgeRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> edges = lexicon.phrases("modifier").stream().filter(p -> p.endsWith(" of")).collect(Collectors.toSet());
        String units = lexicon.unitRegex(Set.of("Y", "M", "W")) + "|decade|century";
        this.edge = Pattern.compile("(?<![\\w-])" + (edges.isEmpty() ? "(?!)" : "(?i:" + TimeLexicon.alternation(edges) + ")")
                + SP + "(?i:the|this)" + SP + "(?<u>(?i:" + units + "))(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        if (!reference.known()) {
            return out;
        }
        Matcher m = edge.matcher(sentence.text());
        while (m.find()) {
            int year = reference.date().getYear();
            String value = switch (m.group("u").toLowerCase(Locale.ROOT)) {
                case "decade" -> String.valueOf(year / 10);
                case "century" -> String.valueOf(year / 100);
                default -> lexicon.unit(m.group("u")).flatMap(u -> reference.shifted(u, 0)).orElse(null);
            };
            if (value != null) {
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, value, "period-edge"));
            }
        }
        return out;
    }
}
