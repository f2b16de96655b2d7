package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Durations: "three days" → P3D, "48 hours" → PT48H, "a decade" → P10Y, "a 10-year plan" → P10Y, "several
 * years" → PXY, "the past two quarters" → P2Q, "two to three weeks" → PXW, "a minute and a half" → PT1M30S.
 * Repetitions are in {@link SetRules}. A count followed by "ago" is left to {@link RelativeDateRules};
 * "75-year-old" is an age, not a duration; "a quarter of" is a fraction.
 *
 * <pre>{@code
 * List<Candidate> found = new DurationRules(lexicon).find(sentence, ReferenceCalendar.UNKNOWN);
 * }</pre>
 * Needs no reference date. Immutable and thread-safe.
 */
final class DurationRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;
    private static final Pattern HAS_RANGE = Pattern.compile("(?i:to|or)\\b|[-–]");
    private static final Set<String> BARE_AFTER = Set.of("for", "within", "in", "after");
    private static final Pattern HAS_HALF = Pattern.compile("(?i:half)");
    private static final Pattern FRACTION_AFTER = Pattern.compile("(?is)" + SP + "(?:of|past|to|hour)\\b.*");

    private final TimeLexicon lexicon;
    private final Pattern anyUnit;
    private final Pattern duration;
    private final Pattern stretch;
    private final Pattern range;
    private final Pattern bare;
    private final Pattern andAHalf;
    private final Pattern raceTime;

    DurationRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String num = "(?<n>(?i:" + lexicon.numbers().regex() + "))";
        String units = "(?<u>(?i:" + lexicon.unitRegex(Set.of()) + "))";
        String notAfter = "(?![\\w-])(?!" + SP + "(?i:ago|from" + SP + "now|hence|" + lexicon.phraseRegexOrNothing("earlier") + ")\\b)";
        // Every shape here names a unit of time: a sentence without one is skipped at once.
        this.anyUnit = Pattern.compile("(?i:" + lexicon.unitRegex(Set.of()) + ")");
        // "the twelve months to March 31": TimeML keeps the determiner in the extent.
        this.duration = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?" + num + "(?<sep>" + SP + "|-)(?:(?i:more|additional|full|straight|consecutive)"
                + SP + ")?" + units + "(?![\\w])(?!-\\p{L})" + notAfter);
        this.stretch = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?(?<w>(?i:" + lexicon.phraseRegexOrNothing("stretch") + "))" + SP
                + num + "(?:" + SP + "|-)" + units + "(?![\\w-])");
        this.bare = Pattern.compile("(?<![\\w-])" + units + "(?![\\w-])(?!" + SP + "(?i:ago|later|earlier|before|after|from)\\b)");
        this.range = Pattern.compile("(?<![\\w-])" + num + SP + "?(?:(?i:to|or)" + SP + "|[-–]" + SP + "?)"
                + num.replace("<n>", "<n2>") + "(?:" + SP + "|-)" + units + notAfter);
        // Race and lap times: "1.8 seconds", "four minutes 41.3 seconds" (TimeML keeps the decimal seconds).
        this.raceTime = Pattern.compile("(?<![\\w.])(?:" + num.replace("<n>", "<m>") + SP + "(?i:minutes?)" + SP + ")?"
                + "(?<s>\\d+\\.\\d+)" + SP + "(?i:seconds?)(?![\\w-])");
        this.andAHalf = Pattern.compile("(?<![\\w-])(?:" + num + SP + units + SP + "(?i:and" + SP + "a" + SP + "half)"
                + "|" + num.replace("<n>", "<n3>") + SP + "(?i:and" + SP + "a" + SP + "half)" + SP
                + units.replace("<u>", "<u3>") + ")(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        if (!matchers.of(anyUnit, text).find()) {
            return out;
        }
        Matcher m = matchers.of(duration, text);
        while (m.find()) {
            // "a second term", "the first minute": an ordinal adjective, not a unit of time.
            if (TimeRules.posAt(sentence, m.start("u")).equals("ADJ") || isFraction(text, m)) {
                continue;
            }
            // "The three-day count": before a hyphened duration the determiner is the noun's, not the duration's.
            int begin = m.group("sep").equals("-") ? m.start("n") : m.start();
            lexicon.duration(m.group("n"), m.group("u")).ifPresent(v -> out.add(
                    new Candidate(begin, m.end(), TimexType.DURATION, v, "duration")));
        }
        Matcher s = matchers.of(stretch, text);
        while (s.find()) {
            // "the talks would last ten days": the stretch word is the verb, the duration is "ten days".
            if (TimeRules.isVerbAt(sentence, s.start("w")) || TimeRules.previousToken(sentence, s.start("w"))
                    .filter(t -> "MD".equals(t.penn()) || t.text().equalsIgnoreCase("to")).isPresent()) {
                continue;
            }
            lexicon.duration(s.group("n"), s.group("u"))
                    .ifPresent(v -> out.add(new Candidate(s.start(), s.end(), TimexType.DURATION, v, "stretch")));
        }
        Matcher b = matchers.of(bare, text);
        while (b.find()) {
            if (isBareStretch(sentence, b)) {
                lexicon.duration(NumberWords.VAGUE, b.group("u")).ifPresent(v -> out.add(
                        new Candidate(b.start(), b.end(), TimexType.DURATION, v, "bare-stretch")));
            }
        }
        boolean ranges = matchers.of(HAS_RANGE, text).find();
        Matcher r = matchers.of(range, text);
        while (ranges && r.find()) {
            boolean counts = lexicon.numbers().count(r.group("n")).isPresent() && lexicon.numbers().count(r.group("n2")).isPresent();
            if (counts) {
                lexicon.duration(NumberWords.VAGUE, r.group("u")).ifPresent(v -> out.add(
                        new Candidate(r.start(), r.end(), TimexType.DURATION, v, "duration-range")));
            }
        }
        Matcher t = matchers.of(raceTime, text);
        while (t.find()) {
            Optional<String> minutes = t.group("m") == null ? Optional.of("0") : lexicon.numbers().count(t.group("m"));
            if (minutes.isPresent() && minutes.get().matches("\\d+")) {
                String whole = minutes.get().equals("0") ? "" : minutes.get() + "M";
                out.add(new Candidate(t.start(), t.end(), TimexType.DURATION, "PT" + whole + t.group("s") + "S", "race-time"));
            }
        }
        boolean halves = matchers.of(HAS_HALF, text).find();
        Matcher h = matchers.of(andAHalf, text);
        while (halves && h.find()) {
            boolean unitFirst = h.group("n") != null;
            Optional<String> n = lexicon.numbers().count(unitFirst ? h.group("n") : h.group("n3"));
            Optional<TimeUnit> u = lexicon.unit(unitFirst ? h.group("u") : h.group("u3"));
            if (n.isPresent() && u.isPresent() && n.get().matches("\\d+")) {
                TimexValue.durationAndHalf(Long.parseLong(n.get()), u.get()).ifPresent(v -> out.add(
                        new Candidate(h.start(), h.end(), TimexType.DURATION, v, "duration-and-half")));
            }
        }
        return out;
    }

    /**
     * "could last weeks", "for years", "within hours", "the first time in months": a plural unit with no count,
     * right after a verb or a preposition of extent, is a stretch of unknown length; so is "after months of bad
     * news", "followed weeks of rain" (not "the months of summer").
     */
    private boolean isBareStretch(Sentence sentence, Matcher b) {
        boolean plural = lexicon.unit(b.group("u")).map(u -> u.plural().equalsIgnoreCase(b.group("u"))).orElse(false);
        if (!plural) {
            return false;
        }
        return TimeRules.previousToken(sentence, b.start()).map(t -> {
            String penn = t.penn() == null ? "" : t.penn();
            // "on working hours": a gerund before it is an adjective of the noun.
            return penn.startsWith("VB") && !penn.equals("VBG") || BARE_AFTER.contains(t.text().toLowerCase(Locale.ROOT));
        }).orElse(false);
    }

    /** "a quarter of the staff", "a quarter past nine": a fraction or a clock time, not three months. */
    private boolean isFraction(String text, Matcher m) {
        return lexicon.unit(m.group("u")).map(u -> u.unit().equals("Q")).orElse(false)
                && FRACTION_AFTER.matcher(text.substring(m.end())).matches();
    }
}
