package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Repetitions (TIMEX3 SET): "every year", "each month" → P1Y, P1M; "every six months" → P6M; "each
 * Thursday" → XXXX-WXX-4; "twice a year" → P1Y; "annually", "daily flights" → P1Y, P1D; "$5 million a day",
 * "300 barrels per day" → P1D.
 *
 * <pre>{@code
 * List<Candidate> found = new SetRules(lexicon).find(sentence, ReferenceCalendar.UNKNOWN);
 * }</pre>
 * A frequency word that names something ("the Daily Mirror", "a weekly") is skipped: after a determiner or
 * capitalized inside the sentence. Needs no reference date. Immutable and thread-safe.
 */
final class SetRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "its", "their", "his", "her");
    private static final Set<String> AMOUNT_TAGS = Set.of("CD", "NN", "NNS");

    private final TimeLexicon lexicon;
    private final Pattern perCue;
    private final Pattern everyCue;
    private final Pattern every;
    private final Pattern everyWeekday;
    private final Pattern frequency;
    private final Pattern setWord;
    private final Pattern perUnit;
    private final Pattern counted;
    private static final Pattern QUARTERS = Pattern.compile("P(\\d+)Q");

    SetRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String num = "(?<n>(?i:" + lexicon.numbers().regex() + "))";
        String units = "(?<u>(?i:" + lexicon.unitRegex(Set.of()) + "))";
        // Cheap checks first: most sentences hold no "per"-able unit word and no "every", "each", "once", "twice".
        this.perCue = Pattern.compile("(?i:" + lexicon.phraseRegexOrNothing("per") + ")");
        this.everyCue = Pattern.compile("(?i:every|each|once|twice)");
        this.every = Pattern.compile("(?<![\\w-])(?i:every|each)" + SP + "(?:" + num + SP + ")?" + units + "(?![\\w-])");
        this.everyWeekday = Pattern.compile("(?<![\\w-])(?i:every|each)" + SP + "(?<w>" + CalendarNames.weekdayRegex() + ")");
        this.frequency = Pattern.compile("(?<![\\w-])(?i:once|twice)" + SP + "(?i:a|an|per|every)" + SP + units + "(?![\\w-])");
        this.setWord = Pattern.compile("(?<![\\w-])(?<s>(?i:" + lexicon.phraseRegex("set") + "))(?![\\w-])");
        // "eight times a year", "three days a week": TimeML keeps the count of occurrences in the extent (and in
        // freq); "48 hours a week" is an amount of time, a duration and a set.
        this.counted = Pattern.compile("(?<![\\w-])(?i:" + lexicon.numbers().regex() + ")" + SP + "(?i:times|days|nights)"
                + SP + "(?i:a|an|per|every)" + SP + units + "(?![\\w-])");
        this.perUnit = Pattern.compile("(?<![\\w-])(?<a>(?i:a|an|per))" + SP + "(?<u>(?i:" + lexicon.phraseRegexOrNothing("per") + "))(?![\\w-])"
                + "(?!" + SP + "(?i:or|of|earlier|later|ago)\\b)");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        boolean perUnits = matchers.of(perCue, text).find();
        boolean repeats = matchers.of(everyCue, text).find();
        Matcher p = matchers.of(perUnit, text);
        while (perUnits && p.find()) {
            if (p.group("a").equalsIgnoreCase("per") || afterAmount(sentence, p.start())) {
                String v = lexicon.phrase("per", p.group("u")).orElseThrow();
                out.add(new Candidate(p.start(), p.end(), TimexType.SET, v, "per-unit"));
            }
        }
        Matcher e = matchers.of(every, text);
        while (repeats && e.find()) {
            lexicon.duration(e.group("n") == null ? "1" : e.group("n"), e.group("u")).ifPresent(v -> out.add(
                    new Candidate(e.start(), e.end(), TimexType.SET, inMonths(v), "every")));
        }
        Matcher f = matchers.of(frequency, text);
        while (repeats && f.find()) {
            lexicon.duration("1", f.group("u")).ifPresent(v -> out.add(new Candidate(f.start(), f.end(), TimexType.SET, inMonths(v), "frequency")));
        }
        Matcher c = matchers.of(counted, text);
        while (perUnits && c.find()) {
            lexicon.duration("1", c.group("u")).ifPresent(v -> out.add(new Candidate(c.start(), c.end(), TimexType.SET, inMonths(v), "counted")));
        }
        Matcher w = matchers.of(everyWeekday, text);
        while (repeats && w.find()) {
            int day = CalendarNames.weekday(w.group("w")).orElseThrow().getValue();
            out.add(new Candidate(w.start(), w.end(), TimexType.SET, "XXXX-WXX-" + day, "every-weekday"));
        }
        Matcher s = matchers.of(setWord, text);
        while (s.find()) {
            if (!namesSomething(sentence, s.start())) {
                String v = lexicon.phrase("set", s.group("s")).orElseThrow();
                out.add(new Candidate(s.start(), s.end(), TimexType.SET, v, "frequency-adverb"));
            }
        }
        return out;
    }

    /** A period of quarters as TimeML writes it: "every quarter" is P3M, like "quarterly". */
    private static String inMonths(String value) {
        Matcher q = QUARTERS.matcher(value);
        return q.matches() ? "P" + 3 * Long.parseLong(q.group(1)) + "M" : value;
    }

    /** "lost $5 million a day", "300 barrels a day": the token before is an amount, not a verb or preposition. */
    private static boolean afterAmount(Sentence sentence, int localBegin) {
        Token previous = TimeRules.previousToken(sentence, localBegin).orElse(null);
        if (previous == null || previous.penn() == null || !AMOUNT_TAGS.contains(previous.penn())) {
            return false;
        }
        return previous.penn().equals("CD") || TimeRules.previousToken(sentence, previous.begin() - sentence.begin())
                .map(t -> "CD".equals(t.penn())).orElse(false);
    }

    private static boolean namesSomething(Sentence sentence, int localBegin) {
        Token previous = TimeRules.previousToken(sentence, localBegin).orElse(null);
        boolean capitalizedInside = localBegin > 0 && Character.isUpperCase(sentence.text().charAt(localBegin));
        if (capitalizedInside || previous == null || !DETERMINERS.contains(previous.text().toLowerCase(Locale.ROOT))) {
            return capitalizedInside;
        }
        // "a weekly" names a paper; "its weekly report", "a quarterly survey" tell how often the noun recurs.
        int after = sentence.text().indexOf(' ', localBegin);
        Token next = after < 0 ? null : TimeRules.nextToken(sentence, after).orElse(null);
        return next == null || !"NOUN".equals(next.pos()) || Character.isUpperCase(next.text().charAt(0));
    }
}
