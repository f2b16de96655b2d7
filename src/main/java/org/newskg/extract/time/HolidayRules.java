package org.newskg.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Named days from the {@link HolidayCalendar}: "Christmas", "ahead of the Chinese New Year" (the occurrence
 * nearest the reference), "the 2025 Spring Festival" or "Easter 2019" (that year's).
 *
 * <pre>{@code
 * List<Candidate> found = new HolidayRules(HolidayCalendar.load(dataDir)).find(sentence, ReferenceCalendar.of(day));
 * }</pre>
 * Without a year in the text and without a reference nothing is resolved. Immutable and thread-safe.
 */
final class HolidayRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = "[\\s\\u00A0]+";

    private final HolidayCalendar calendar;
    private final Pattern pattern;

    HolidayRules(HolidayCalendar calendar) {
        this.calendar = calendar;
        this.pattern = Pattern.compile("(?<![\\w-])(?:(?<y>(?:1[6-9]|20)\\d\\d)" + SP + ")?(?<h>" + calendar.aliasRegex() + ")"
                + "(?![\\w-])(?:,?" + SP + "(?<y2>(?:1[6-9]|20)\\d\\d)(?![\\w-]))?");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = matchers.of(pattern, sentence.text());
        while (m.find()) {
            String year = m.group("y") != null ? m.group("y") : m.group("y2");
            String alias = m.group("h");
            Optional<LocalDate> date = year != null ? calendar.in(alias, Integer.parseInt(year))
                    : reference.known() ? calendar.nearest(alias, reference.date()) : Optional.empty();
            date.ifPresent(d -> out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.day(d), "holiday")));
        }
        return out;
    }
}
