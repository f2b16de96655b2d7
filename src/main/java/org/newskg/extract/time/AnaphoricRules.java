package org.newskg.extract.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Expressions placed against another time of the story: "a year earlier", "two months later", "the
 * year-earlier period", "the quarter", "the latest period". Each candidate carries an {@link Anaphor};
 * {@link StoryAnchors} places it once the story's earlier times are known. Its value meanwhile is the
 * expression placed against the reference date.
 *
 * <pre>{@code
 * List<Candidate> found = new AnaphoricRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * Immutable and thread-safe.
 */
final class AnaphoricRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;

    private final TimeLexicon lexicon;
    private final Pattern cue;
    private final Pattern shifted;
    private final Pattern phrase;

    AnaphoricRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String num = "(?<n>(?i:" + lexicon.numbers().regex() + "))";
        // Each shape ends in "earlier"/"later" or in the last word of a listed phrase ("quarter", "period"):
        // sentences without any are skipped at once.
        Set<String> cues = new HashSet<>(lexicon.phrases("earlier"));
        lexicon.phrases("anaphor").forEach(p -> cues.add(p.substring(Math.max(p.lastIndexOf(' '), p.lastIndexOf('-')) + 1)));
        this.cue = Pattern.compile("(?i:" + TimeLexicon.alternation(cues) + ")");
        String units = "(?<u>(?i:" + lexicon.unitRegex(List.of()) + "))";
        this.shifted = Pattern.compile("(?<![\\w-])" + num + "(?:" + SP + "|-)" + units + SP
                + "(?<dir>(?i:" + lexicon.phraseRegexOrNothing("earlier") + "))(?![\\w-])");
        this.phrase = Pattern.compile("(?<![\\w-])(?<a>(?i:" + lexicon.phraseRegexOrNothing("anaphor") + "))(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        String text = sentence.text();
        if (!reference.known() || !matchers.of(cue, text).find()) {
            return out;
        }
        Matcher m = matchers.of(shifted, text);
        while (m.find()) {
            Optional<String> count = lexicon.numbers().count(m.group("n"));
            Optional<TimeUnit> unit = lexicon.unit(m.group("u"));
            if (count.isEmpty() || count.get().equals(NumberWords.VAGUE) || unit.isEmpty() || !unit.get().isDateUnit()) {
                continue;
            }
            long amount = Long.parseLong(count.get()) * Integer.signum(lexicon.direction("earlier", m.group("dir")));
            TimeUnit u = unit.get();
            // Days and weeks need a day to count from; without one, "60 days later" keeps its duration.
            Candidate duration = u.unit().equals("D") || u.unit().equals("W") ? new Candidate(m.start(), m.end("u"),
                    TimexType.DURATION, TimexValue.duration(count.get(), u), "duration") : null;
            Anaphor a = new Anaphor(amount * u.multiplier(), u.unit(), false, duration);
            int begin = m.start();
            int end = m.end();
            reference.shifted(u, amount).ifPresent(v -> out.add(new Candidate(begin, end, TimexType.DATE, v, "anaphoric-shift", a)));
        }
        Matcher p = matchers.of(phrase, text);
        while (p.find()) {
            String[] spec = lexicon.phrase("anaphor", p.group("a")).orElseThrow().split(" ");
            Anaphor a = new Anaphor(Long.parseLong(spec[0]), spec[1], spec.length > 2 && spec[2].equals("topic"));
            // Without an earlier date of the story, "the previous day" counts from the day of the telling.
            String fallback = switch (a.unit()) {
                case "Y" -> TimexValue.year(reference.date().getYear() + (int) a.amount());
                case "D" -> TimexValue.day(reference.date().plusDays(a.amount()));
                default -> TimexValue.quarter(YearMonth.from(reference.date()));
            };
            out.add(new Candidate(p.start(), p.end(), TimexType.DATE, fallback, "anaphoric-period", a));
        }
        return out;
    }
}
