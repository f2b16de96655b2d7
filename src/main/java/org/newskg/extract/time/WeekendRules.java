package org.newskg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Weekends: "the weekend", "last weekend", "this weekend", "the coming weekend" → {@code 2024-W06-WE}, the
 * ISO week of its Saturday.
 *
 * <pre>{@code
 * List<Candidate> found = new WeekendRules(lexicon, tenses).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * A capitalized "Weekend" inside a sentence is taken for part of a name. "last" and a clause in the past give the weekend before the reference date; "this", "next", "coming"
 * and a clause in the future the one ahead (or under way). Immutable and thread-safe.
 */
final class WeekendRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;

    private final TimeLexicon lexicon;
    private final ClauseTense tenses;
    private final Pattern weekend;

    WeekendRules(TimeLexicon lexicon, ClauseTense tenses) {
        this.lexicon = lexicon;
        this.tenses = tenses;
        this.weekend = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?(?:(?<q>(?i:" + lexicon.phraseRegex("relative") + "))"
                + SP + ")?(?<w>(?i:weekend))(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        if (!reference.known()) {
            return out;
        }
        Matcher m = matchers.of(weekend, sentence.text());
        while (m.find()) {
            // "the Weekend Herald": capitalized inside a sentence, the word is part of a name.
            if (m.start("w") > 0 && Character.isUpperCase(sentence.text().charAt(m.start("w")))) {
                continue;
            }
            boolean ahead = m.group("q") != null ? lexicon.direction("relative", m.group("q")) >= 0
                    : tenses.of(sentence, m.start()) == ClauseTense.Tense.FUTURE;
            LocalDate saturday = ahead ? saturdayAhead(reference.date()) : saturdayBefore(reference.date());
            out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.week(saturday) + "-WE", "weekend"));
        }
        return out;
    }

    /** The Saturday of the weekend under way or coming: a Sunday still belongs to the weekend begun. */
    private static LocalDate saturdayAhead(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1)
                : day.plusDays(DayOfWeek.SATURDAY.getValue() - day.getDayOfWeek().getValue());
    }

    /** The Saturday of the last weekend begun before the reference day. */
    private static LocalDate saturdayBefore(LocalDate day) {
        return day.minusDays(1 + Math.floorMod(day.minusDays(1).getDayOfWeek().getValue() - DayOfWeek.SATURDAY.getValue(), 7));
    }
}
