package org.newskg.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;

/**
 * Joins a clock time and the date written right after it into one TIME: "5 p.m. EST, Nov. 6" →
 * {@code 1994-11-06T17:00}, "noon Saturday", "midnight Friday" (a comma without a zone keeps them apart); and a date right before a clock time:
 * "Monday 8 a.m.". A time zone after the clock joins its span ("5 p.m. EST"); TIMEX3 values carry no zone.
 *
 * <pre>{@code
 * List<Candidate> joined = new ClockDateJoiner(lexicon).join(sentence.text(), kept);
 * }</pre>
 * A preposition between them ("noon on Friday") keeps them apart, as TimeML does. Immutable and thread-safe.
 */
final class ClockDateJoiner {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    private final Pattern zone;
    private final Pattern timeThenDate;

    ClockDateJoiner(TimeLexicon lexicon) {
        String zones = "(?i:" + lexicon.phraseRegexOrNothing("zone") + ")";
        this.zone = Pattern.compile("[\\s\\u00A0]+" + zones + "(?![\\w-])");
        // A comma alone may close an apposition ("at 19:55, February 8, 2024"); after a zone it joins.
        this.timeThenDate = Pattern.compile("(?:[\\s\\u00A0]+" + zones + ",?)?[\\s\\u00A0]+");
    }

    /** The candidates of one sentence, sorted and not overlapping, with each clock time joined to its date. */
    List<Candidate> join(String text, List<Candidate> kept) {
        List<Candidate> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            Candidate next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            if (isClock(c) && next != null && isDay(next) && timeThenDate.matcher(text.substring(c.end(), next.begin())).matches()) {
                out.add(c.spanning(next, TimexType.TIME, next.value() + c.value()));
                i++;
            } else if (isDay(c) && next != null && isClock(next) && text.substring(c.end(), next.begin()).isBlank()) {
                out.add(c.spanning(next, TimexType.TIME, c.value() + next.value()));
                i++;
            } else if (isClock(c)) {
                var z = zone.matcher(text).region(c.end(), text.length());
                boolean zoned = z.lookingAt() && (next == null || z.end() <= next.begin());
                out.add(zoned ? c.spanning(new Candidate(c.begin(), z.end(), c.type(), c.value(), c.rule()), c.type(), c.value()) : c);
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isClock(Candidate c) {
        return c.type() == TimexType.TIME && c.value().startsWith("T");
    }

    private static boolean isDay(Candidate c) {
        return c.type() == TimexType.DATE && c.anaphor() == null && FULL_DATE.matcher(c.value()).matches();
    }
}
