package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Seasons: "the summer of 2023" / "summer 2023" → 2023-SU, and given a reference, "last winter" →
 * the previous year's, "this spring" → the reference year's, "next autumn" → the next year's; "the summer"
 * alone is the reference year's unless its clause's tense puts it in the year before ("met over the summer",
 * told in March) or after ("will meet again in the autumn", told in December).
 *
 * <pre>{@code
 * List<Candidate> found = new SeasonRules(lexicon, tenses).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * A season word used as a verb ("prices fall") is skipped, and so is "the fall of" / "the fall in" (a collapse,
 * a drop), and a capitalized one that begins a name ("the Summer Palace"). Immutable and thread-safe.
 */
final class SeasonRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = "[\\s\\u00A0]+";

    private final TimeLexicon lexicon;
    private final Pattern withYear;
    private final Pattern relative;
    private final Pattern definite;
    private final ClauseTense tenses;

    SeasonRules(TimeLexicon lexicon, ClauseTense tenses) {
        this.lexicon = lexicon;
        this.tenses = tenses;
        String season = "(?<s>(?i:" + lexicon.phraseRegex("season") + "))";
        this.withYear = Pattern.compile("(?<![\\w-])" + season + SP + "(?:(?i:of)" + SP + ")?(?<y>1[89]\\d\\d|20\\d\\d)(?![\\w-])");
        this.relative = Pattern.compile("(?<![\\w-])(?<q>(?i:" + lexicon.phraseRegex("relative") + "))" + SP + season + "(?![\\w-])");
        this.definite = Pattern.compile("(?<![\\w-])(?i:the)" + SP + season + "(?![\\w-])(?!" + SP + "(?i:of|in)\\b)");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = matchers.of(withYear, text);
        while (m.find()) {
            if (!TimeRules.isVerbAt(sentence, m.start("s"))) {
                String code = lexicon.phrase("season", m.group("s")).orElseThrow();
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, m.group("y") + "-" + code, "season-year"));
            }
        }
        if (!reference.known()) {
            return out;
        }
        Matcher r = matchers.of(relative, text);
        while (r.find()) {
            if (TimeRules.isVerbAt(sentence, r.start("s"))) {
                continue;
            }
            String code = lexicon.phrase("season", r.group("s")).orElseThrow();
            int year = relativeYear(code, Integer.signum(lexicon.direction("relative", r.group("q"))),
                    reference.date().getMonthValue(), reference.date().getYear());
            out.add(new Candidate(r.start(), r.end(), TimexType.DATE, TimexValue.year(year) + "-" + code, "relative-season"));
        }
        Matcher d = matchers.of(definite, text);
        while (d.find()) {
            if (TimeRules.isVerbAt(sentence, d.start("s")) || namePart(text, d.start("s"), d.end())) {
                continue;
            }
            String code = lexicon.phrase("season", d.group("s")).orElseThrow();
            int year = yearOf(code, tenses.of(sentence, d.start()), reference.date().getMonthValue(), reference.date().getYear());
            out.add(new Candidate(d.start(), d.end(), TimexType.DATE, TimexValue.year(year) + "-" + code, "definite-season"));
        }
        return out;
    }

    /**
     * "the Summer Palace", "the Winter Olympics", "the Spring Festival": a capitalized season word before a capitalized
     * word begins a name, not a time.
     */
    private static boolean namePart(String text, int season, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return Character.isUpperCase(text.charAt(season)) && next > end && next < text.length()
                && Character.isUpperCase(text.charAt(next));
    }

    /**
     * The year of "last/this/next winter" told in a given month. Winter is the year of its December, so one told
     * between March and November is still to come: "the coming winter" told in September is this year's (not next
     * year's), "last winter" last year's; told in December to February, "next winter" is the one after the current.
     * Other seasons move by whole years.
     */
    static int relativeYear(String season, int direction, int month, int year) {
        if (!season.equals("WI")) {
            return year + direction;
        }
        int current = month <= 2 ? year - 1 : year;
        if (direction > 0) {
            return month >= 3 && month <= 11 ? current : current + 1;
        }
        return current + direction;
    }

    /**
     * The year of "the summer" told in a given month: the season of that year, or of the year before when a past
     * clause speaks of one not yet begun, or of the year after when a future clause speaks of one already over.
     * Winter belongs to the year of its December, so in January and February "the winter" is last year's.
     */
    static int yearOf(String season, ClauseTense.Tense tense, int month, int year) {
        if (season.equals("WI")) {
            return month <= 2 || tense == ClauseTense.Tense.PAST && month < 12 ? year - 1 : year;
        }
        int first = switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            default -> 9;
        };
        if (tense == ClauseTense.Tense.PAST && first > month) {
            return year - 1;
        }
        return tense == ClauseTense.Tense.FUTURE && first + 2 < month ? year + 1 : year;
    }
}
