package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Seasons: "the summer of 2023" / "summer 2023" → 2023-SU, and given a reference, "last winter" →
 * the previous year's, "this spring" → the reference year's, "next autumn" → the next year's.
 *
 * <pre>{@code
 * List<Candidate> found = new SeasonRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * A season word used as a verb ("prices fall") is skipped. Immutable and thread-safe.
 */
final class SeasonRules implements TimeRules {

    private static final String SP = "[\\s\\u00A0]+";

    private final TimeLexicon lexicon;
    private final Pattern withYear;
    private final Pattern relative;

    SeasonRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String season = "(?<s>(?i:" + lexicon.phraseRegex("season") + "))";
        this.withYear = Pattern.compile("(?<![\\w-])" + season + SP + "(?:(?i:of)" + SP + ")?(?<y>1[89]\\d\\d|20\\d\\d)(?![\\w-])");
        this.relative = Pattern.compile("(?<![\\w-])(?<q>(?i:" + lexicon.phraseRegex("relative") + "))" + SP + season + "(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = withYear.matcher(text);
        while (m.find()) {
            if (!TimeRules.isVerbAt(sentence, m.start("s"))) {
                String code = lexicon.phrase("season", m.group("s")).orElseThrow();
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, m.group("y") + "-" + code, "season-year"));
            }
        }
        if (!reference.known()) {
            return out;
        }
        Matcher r = relative.matcher(text);
        while (r.find()) {
            if (TimeRules.isVerbAt(sentence, r.start("s"))) {
                continue;
            }
            int year = reference.date().getYear() + Integer.signum(lexicon.direction("relative", r.group("q")));
            String code = lexicon.phrase("season", r.group("s")).orElseThrow();
            out.add(new Candidate(r.start(), r.end(), TimexType.DATE, TimexValue.year(year) + "-" + code, "relative-season"));
        }
        return out;
    }
}
