package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Clock times: "19:55", "7:55 p.m.", "9 a.m.", and named ones from the lexicon ("noon", "midnight"). The value is a bare time ({@code T19:55}); the tagger later
 * puts it on the date the sentence talks about.
 *
 * <pre>{@code
 * List<Candidate> found = new TimeOfDayRules(lexicon).find(sentence, ReferenceCalendar.UNKNOWN);
 * }</pre>
 * Scores ("2-1", "3:1") do not match: minutes need two digits and a hyphen is no clock separator.
 * Immutable and thread-safe.
 */
final class TimeOfDayRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    // "11 a.m." keeps its last period; "11 am." does not: that one ends the sentence.
    private static final String MERIDIEM = "(?:\\s*(?<ap>[aApP])(?:\\.\\s?[mM]\\b\\.?|\\s?[mM]\\b))";
    private static final Pattern CLOCK = Pattern.compile("(?<![\\w:.,])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)" + MERIDIEM
            + "?(?![\\w:]|[.,]\\d)");
    private static final Pattern HOUR = Pattern.compile("(?<![\\w:.,])(?<h>1[0-2]|0?[1-9])" + MERIDIEM + "(?![\\w])");

    private final TimeLexicon lexicon;
    private final Pattern named;

    TimeOfDayRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.named = Pattern.compile("(?<![\\w-])(?<c>(?i:" + lexicon.phraseRegexOrNothing("clock") + "))(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        Matcher n = matchers.of(named, sentence.text());
        while (n.find()) {
            String v = lexicon.phrase("clock", n.group("c")).orElseThrow();
            out.add(new Candidate(n.start(), n.end(), TimexType.TIME, v, "named-time"));
        }
        for (Pattern p : List.of(CLOCK, HOUR)) {
            Matcher m = matchers.of(p, sentence.text());
            while (m.find()) {
                int hour = Integer.parseInt(m.group("h"));
                int minute = p == CLOCK ? Integer.parseInt(m.group("mi")) : 0;
                String ap = m.group("ap");
                if (ap != null) {
                    if (hour < 1 || hour > 12) {
                        continue;
                    }
                    boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                out.add(new Candidate(m.start(), m.end(), TimexType.TIME, TimexValue.timeOfDay(hour, minute), "clock-time"));
            }
        }
        return out;
    }
}
