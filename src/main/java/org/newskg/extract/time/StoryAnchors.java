package org.newskg.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;

/**
 * Places anaphoric expressions ("a year earlier", "the year-earlier period", "the quarter") while a story
 * is read in order. Two anchors are kept: the story's topic period, the first quarter or half it names
 * (an earnings story's "third quarter"), and the last calendar date it named that is not the reference day
 * itself (which is mostly the day of the telling: "said on Tuesday").
 *
 * <pre>{@code
 * StoryAnchors anchors = new StoryAnchors(reference);
 * for (Candidate c : inStoryOrder) { anchors.place(c).ifPresent(out::add); }
 * }</pre>
 * A shift by years or quarters moves the topic when there is one (unless a year was the last date named); any other shift moves the last date;
 * with neither, the candidate keeps its value placed against the reference date. One instance per story;
 * not thread-safe.
 */
final class StoryAnchors {

    private static final Pattern CALENDAR = Pattern.compile("(?<y>\\d{4})(?:-(?:(?<p>[QH])(?<n>\\d)|(?<m>\\d\\d)(?:-(?<d>\\d\\d))?))?");

    private final LocalDate referenceDay;
    private String topic;
    private String last;
    private boolean lastIsYear;
    private String firstMonth;

    StoryAnchors(LocalDate referenceDay) {
        this.referenceDay = referenceDay;
    }

    /** The candidate placed (empty when it needs a topic the story lacks); plain dates become anchors. */
    Optional<Candidate> place(Candidate c) {
        if (c.anaphor() == null) {
            remember(c);
            return Optional.of(c);
        }
        Anaphor a = c.anaphor();
        // "For 2006 it earned $40 million, against $31 million a year earlier": a year just named beats the topic quarter.
        // ("the year-earlier period" still names the topic's period).
        boolean yearInView = a.unit().equals("Y") && lastIsYear && c.rule().equals("anaphoric-shift");
        boolean byTopic = topic != null && !yearInView && (a.unit().equals("Y") || a.unit().equals("Q"));
        if (byTopic) {
            return Optional.of(c.resolved(shift(topic, a).orElse(topic)));
        }
        if (a.needsTopic()) {
            return Optional.empty();
        }
        // "Exports fell in January ... since August 2021 ... from a year earlier": a month story compares its month.
        if (!yearInView && firstMonth != null && a.unit().equals("Y") && c.rule().equals("anaphoric-shift")) {
            return Optional.of(c.resolved(shift(firstMonth, a).orElse(firstMonth)));
        }
        Optional<String> placed = last == null ? Optional.empty() : shift(last, a);
        if (placed.isEmpty() && a.unplaced() != null) {
            return Optional.of(a.unplaced());
        }
        return Optional.of(c.resolved(placed.orElse(c.value())));
    }

    private void remember(Candidate c) {
        if (c.type() != TimexType.DATE || !CALENDAR.matcher(c.value()).matches()) {
            return;
        }
        if (topic == null && (c.value().contains("-Q") || c.value().contains("-H"))) {
            topic = c.value();
        }
        if (firstMonth == null && c.value().length() == 7 && c.value().charAt(4) == '-' && Character.isDigit(c.value().charAt(5))) {
            firstMonth = c.value();
        }
        if (referenceDay == null || !c.value().equals(TimexValue.day(referenceDay))) {
            last = c.value();
            lastIsYear = c.value().length() == 4;
        }
    }

    /** The anchor moved by the anaphor's amount, as precise as both allow; empty when they do not fit. */
    static Optional<String> shift(String anchor, Anaphor a) {
        Matcher m = CALENDAR.matcher(anchor);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group("y"));
        long n = a.amount();
        if (m.group("p") != null) {
            int part = Integer.parseInt(m.group("n"));
            if (a.unit().equals("Y")) {
                return Optional.of(TimexValue.year((int) (year + n)) + "-" + m.group("p") + part);
            }
            if (a.unit().equals("Q") && m.group("p").equals("Q")) {
                long index = year * 4L + part - 1 + n;
                return Optional.of(TimexValue.year((int) Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1));
            }
            return Optional.empty();
        }
        if (m.group("m") == null) {
            return a.unit().equals("Y") ? Optional.of(TimexValue.year((int) (year + n))) : Optional.empty();
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group("m")));
        if (m.group("d") == null) {
            return switch (a.unit()) {
                case "Y" -> Optional.of(TimexValue.month(month.plusYears(n)));
                case "Q" -> Optional.of(TimexValue.month(month.plusMonths(3 * n)));
                case "M" -> Optional.of(TimexValue.month(month.plusMonths(n)));
                default -> Optional.empty();
            };
        }
        LocalDate day = month.atDay(Integer.parseInt(m.group("d")));
        return switch (a.unit()) {
            case "Y" -> Optional.of(TimexValue.year(day.plusYears(n).getYear()));
            case "Q" -> Optional.of(TimexValue.month(YearMonth.from(day).plusMonths(3 * n)));
            case "M" -> Optional.of(TimexValue.month(YearMonth.from(day).plusMonths(n)));
            case "W" -> Optional.of(TimexValue.week(day.plusWeeks(n)));
            default -> Optional.of(TimexValue.day(day.plusDays(n)));
        };
    }
}
