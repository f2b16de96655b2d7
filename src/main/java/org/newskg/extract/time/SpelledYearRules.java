package org.newskg.extract.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Years and decades in words: "nineteen ninety-one" → 1991, "the year two thousand" → 2000, "the year
 * 2000", "January nineteen ninety-seven" → 1997-01, "the nineties" → 199 (the latest such decade by the
 * reference date), "the last decade" → the decade before the reference's.
 *
 * <pre>{@code
 * List<Candidate> found = new SpelledYearRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * "two thousand" alone is a count ("two thousand jobs"): it is a year only after "the year". Immutable and
 * thread-safe.
 */
final class SpelledYearRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;

    private final NumberWords numbers;
    private final TimeLexicon lexicon;
    private final Pattern cue;
    private final Pattern spelled;
    private final Pattern decadeWord;
    private final Pattern relativeDecade;

    SpelledYearRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = lexicon.numbers();
        String word = "(?i:" + numbers.wordRegex() + ")";
        // Each shape holds "year", "decade", "thousand", a decade's name or a century's number word ("nineteen"):
        // sentences without any are skipped at once.
        List<String> cues = new ArrayList<>(numbers.wordsBetween(17, 20));
        cues.addAll(List.of("year", "decade", "thousand"));
        this.cue = Pattern.compile("(?i:" + TimeLexicon.alternation(cues) + "|" + lexicon.phraseRegexOrNothing("decade") + ")");
        // A century word and a two-digit number ("nineteen ninety-one"), or "two thousand (and) three".
        String year = "(?<c>" + word + ")" + SP + "(?<t>" + word + ")"
                + "|(?<k>(?i:two" + SP + "thousand))(?:" + SP + "(?:(?i:and)" + SP + ")?(?<r>" + word + "))?";
        this.spelled = Pattern.compile("(?<![\\w-])(?:(?<the>(?i:the)" + SP + "(?i:year))" + SP + ")?(?:(?<m>"
                + CalendarNames.monthRegex() + ")" + SP + ")?(?:" + year + "|(?<d>1[89]\\d\\d|20\\d\\d))(?![\\w-])");
        this.decadeWord = Pattern.compile("(?<![\\w-])(?i:the)" + SP + "(?:(?i:early|mid|late)[- ]?)?(?<w>(?i:"
                + lexicon.phraseRegexOrNothing("decade") + "))(?![\\w-])");
        this.relativeDecade = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?(?<q>(?i:" + lexicon.phraseRegex("relative")
                + "))" + SP + "(?i:decade)(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        if (!matchers.of(cue, text).find()) {
            return out;
        }
        Matcher m = matchers.of(spelled, text);
        while (m.find()) {
            boolean digits = m.group("d") != null;
            // Digits alone are left to the digit rules; only "the year 2000" is this rule's.
            if (digits && m.group("the") == null || m.group("k") != null && m.group("the") == null && m.group("m") == null) {
                continue;
            }
            Optional<Integer> year = digits ? Optional.of(Integer.parseInt(m.group("d"))) : year(m);
            year.ifPresent(y -> {
                String value = m.group("m") == null ? TimexValue.year(y)
                        : TimexValue.month(YearMonth.of(y, DateShapes.month(m.group("m"))));
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, value, "spelled-year"));
            });
        }
        if (!reference.known()) {
            return out;
        }
        int refYear = reference.date().getYear();
        Matcher w = matchers.of(decadeWord, text);
        while (w.find()) {
            int tens = Integer.parseInt(lexicon.phrase("decade", w.group("w")).orElseThrow());
            int first = refYear / 100 * 100 + tens * 10;
            out.add(new Candidate(w.start(), w.end(), TimexType.DATE, TimexValue.decade(first > refYear ? first - 100 : first), "decade-word"));
        }
        Matcher r = matchers.of(relativeDecade, text);
        while (r.find()) {
            int first = refYear / 10 * 10 + 10 * Integer.signum(lexicon.direction("relative", r.group("q")));
            out.add(new Candidate(r.start(), r.end(), TimexType.DATE, TimexValue.decade(first), "relative-decade"));
        }
        return out;
    }

    private Optional<Integer> year(Matcher m) {
        if (m.group("k") != null) {
            if (m.group("r") == null) {
                return Optional.of(2000);
            }
            return numbers.count(m.group("r")).filter(n -> n.matches("\\d+") && Integer.parseInt(n) < 100)
                    .map(n -> 2000 + Integer.parseInt(n));
        }
        Optional<String> century = numbers.count(m.group("c"));
        Optional<String> rest = numbers.count(m.group("t"));
        if (century.isEmpty() || rest.isEmpty() || !century.get().matches("1[789]|20") || !rest.get().matches("[1-9]\\d")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(century.get()) * 100 + Integer.parseInt(rest.get()));
    }
}
