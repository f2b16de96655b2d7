package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Durations and repetitions: "three days" → P3D, "48 hours" → PT48H, "a decade" → P10Y, "a 10-year plan"
 * → P10Y, "several years" → PXY; "every year" / "annually" → SET P1Y, "every Monday" → SET XXXX-WXX-1.
 * A count followed by "ago" is left to {@link RelativeDateRules}; "75-year-old" is an age, not a duration.
 *
 * <pre>{@code
 * List<Candidate> found = new DurationRules(lexicon).find(sentence, ReferenceCalendar.UNKNOWN);
 * }</pre>
 * Needs no reference date. Immutable and thread-safe.
 */
final class DurationRules implements TimeRules {

    private static final String SP = "[\\s\\u00A0]+";
    private static final Set<String> NOT_ADVERBS = Set.of("ADJ", "NOUN", "PROPN");

    private final TimeLexicon lexicon;
    private final Pattern duration;
    private final Pattern every;
    private final Pattern everyWeekday;
    private final Pattern frequency;
    private final Pattern setWord;

    DurationRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String num = "(?<n>(?i:" + lexicon.numbers().regex() + "))";
        String units = "(?<u>(?i:" + lexicon.unitRegex(Set.of()) + "))";
        this.duration = Pattern.compile("(?<![\\w-])" + num + "(?<sep>" + SP + "|-)(?:(?i:more|additional|full|straight|consecutive)"
                + SP + ")?" + units + "(?![\\w])(?!-old\\b)(?!" + SP + "(?i:ago|from" + SP + "now|hence)\\b)");
        this.every = Pattern.compile("(?<![\\w-])(?i:every|each)" + SP + "(?:" + num + SP + ")?" + units + "(?![\\w-])");
        this.everyWeekday = Pattern.compile("(?<![\\w-])(?i:every)" + SP + "(?<w>" + CalendarNames.weekdayRegex() + ")");
        this.frequency = Pattern.compile("(?<![\\w-])(?i:once|twice)" + SP + "(?i:a|an|per|every)" + SP + units + "(?![\\w-])");
        this.setWord = Pattern.compile("(?<![\\w-])(?<s>(?i:" + lexicon.phraseRegex("set") + "))(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = duration.matcher(text);
        while (m.find()) {
            // "a second term", "the first minute": an ordinal adjective, not a unit of time.
            if (TimeRules.posAt(sentence, m.start("u")).equals("ADJ")) {
                continue;
            }
            value(m.group("n"), m.group("u")).ifPresent(v -> out.add(
                    new Candidate(m.start(), m.end(), TimexType.DURATION, v, "duration")));
        }
        Matcher e = every.matcher(text);
        while (e.find()) {
            value(e.group("n") == null ? "1" : e.group("n"), e.group("u")).ifPresent(v -> out.add(
                    new Candidate(e.start(), e.end(), TimexType.SET, v, "every")));
        }
        Matcher f = frequency.matcher(text);
        while (f.find()) {
            value("1", f.group("u")).ifPresent(v -> out.add(new Candidate(f.start(), f.end(), TimexType.SET, v, "frequency")));
        }
        Matcher w = everyWeekday.matcher(text);
        while (w.find()) {
            int day = CalendarNames.weekday(w.group("w")).orElseThrow().getValue();
            out.add(new Candidate(w.start(), w.end(), TimexType.SET, "XXXX-WXX-" + day, "every-weekday"));
        }
        Matcher s = setWord.matcher(text);
        while (s.find()) {
            if (!NOT_ADVERBS.contains(TimeRules.posAt(sentence, s.start()))) {
                String v = lexicon.phrase("set", s.group("s")).orElseThrow();
                out.add(new Candidate(s.start(), s.end(), TimexType.SET, v, "frequency-adverb"));
            }
        }
        return out;
    }

    private Optional<String> value(String count, String written) {
        Optional<String> n = lexicon.numbers().count(count);
        Optional<TimeUnit> unit = lexicon.unit(written);
        if (n.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TimexValue.duration(n.get(), unit.get()));
    }
}
