package org.newskg.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Calendar dates that carry their year: "Oct 18, 2023", "18 October 2023", "2023-10-18", "February 2024",
 * "in 2024", "between 2020 and 2022", "the 1990s", "fiscal 1998". They need no reference date.
 *
 * <pre>{@code
 * List<Candidate> found = new AbsoluteDateRules().find(sentence, ReferenceCalendar.UNKNOWN);
 * }</pre>
 * Immutable and thread-safe.
 */
final class AbsoluteDateRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;
    private static final String M = DateShapes.MONTH;
    private static final String DAY = DateShapes.DAY;

    private static final String YEAR = "(?<y>1\\d{3}|20\\d\\d)(?![\\d])";

    // A bare number after a preposition is a year only in the range news talks about ("to 1500 troops" is not).
    private static final String NEWS_YEAR = "(?<y>1[89]\\d\\d|20\\d\\d)(?![\\d])";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\w])" + DateShapes.WEEKDAY_BEFORE + M + "\\s*" + DAY + ",?" + SP + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\w,.])" + DAY + SP + "(?:of" + SP + ")?" + M + ",?" + SP + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\w])" + M + ",?" + SP + YEAR);
    private static final Pattern ISO = Pattern.compile("(?<![\\w-])(?<y>\\d{4})-(?<mo>\\d\\d)-(?<d>\\d\\d)(?![\\w-])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})(?![\\w/])");
    private static final Pattern YEAR_AFTER_WORD = Pattern.compile("(?<![\\w-])(?:(?<p>(?i:in|since|by|until|till|from|between"
            + "|during|before|after|of|early|late|and|to|through|the|for))" + SP + "|(?i:mid)-|^[\"“]?)" + NEWS_YEAR + "(?![,.]\\d|%|s\\b)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\w-])(?<y>(?:1[6-9]|20)\\d\\d)\\s*[-–]\\s*"
            + "(?<y2>(?:1[6-9]|20)\\d\\d)(?![\\w-])");
    // Every shape here holds a four-digit year: a sentence without four digits in a row is skipped at once.
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    // "the 1980s": TimeML keeps the article in the extent, as with "the nineties".
    private static final Pattern DECADE = Pattern.compile("(?<![\\w'’])(?:(?i:the)" + SP + ")?(?<c>1[6-9]\\d|20\\d)0s\\b");
    // "fiscal 1998", "fiscal year 2017": a company's or a government's year, valued as the year it names.
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?<![\\w-])(?i:fiscal(?:" + SP + "year)?)" + SP + NEWS_YEAR
            + "(?![,.]\\d|%|s\\b)");

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        if (!matchers.of(FOUR_DIGITS, text).find()) {
            return out;
        }
        Matcher m = matchers.of(MONTH_DAY_YEAR, text);
        while (m.find()) {
            day(out, m, m.start(), m.end(), year(m), "month-day-year");
        }
        m = matchers.of(DAY_MONTH_YEAR, text);
        while (m.find()) {
            day(out, m, m.start(), m.end(), year(m), "day-month-year");
        }
        m = matchers.of(MONTH_YEAR, text);
        while (m.find()) {
            if (!TimeRules.isVerbAt(sentence, m.start("m"))) {
                YearMonth ym = YearMonth.of(year(m), DateShapes.month(m.group("m")));
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.month(ym), "month-year"));
            }
        }
        isoAndSlashed(text, out);
        years(sentence, out);
        return out;
    }

    private void isoAndSlashed(String text, List<Candidate> out) {
        Matcher m = matchers.of(ISO, text);
        while (m.find()) {
            DateShapes.date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")))
                    .ifPresent(dd -> out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.day(dd), "iso-date")));
        }
        Matcher s = matchers.of(SLASHED, text);
        while (s.find()) {
            int a = Integer.parseInt(s.group("a"));
            int b = Integer.parseInt(s.group("b"));
            int y = Integer.parseInt(s.group("y"));
            // 03/04/2024 is March 4 in the US and 3 April elsewhere: only a day above 12 decides.
            Optional<LocalDate> date = a > 12 && b <= 12 ? DateShapes.date(y, b, a)
                    : b > 12 && a <= 12 ? DateShapes.date(y, a, b) : Optional.empty();
            date.ifPresent(dd -> out.add(new Candidate(s.start(), s.end(), TimexType.DATE, TimexValue.day(dd), "slashed-date")));
        }
    }

    private void years(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        Matcher m = matchers.of(YEAR_AFTER_WORD, text);
        while (m.find()) {
            // "rose to 1900 points": a count of things, not a year ("the 2024 elections" is a year).
            boolean countOfThings = (m.group("p") == null || !m.group("p").equalsIgnoreCase("the"))
                    && TimeRules.nextToken(sentence, m.end("y"))
                    .filter(t -> "NOUN".equals(t.pos()) && Character.isLowerCase(t.text().charAt(0))).isPresent();
            if (countOfThings) {
                continue;
            }
            out.add(new Candidate(m.start("y"), m.end("y"), TimexType.DATE, TimexValue.year(year(m)), "year"));
        }
        m = matchers.of(YEAR_RANGE, text);
        while (m.find()) {
            int y1 = year(m);
            int y2 = Integer.parseInt(m.group("y2"));
            if (y2 > y1) {
                out.add(new Candidate(m.start("y"), m.end("y"), TimexType.DATE, TimexValue.year(y1), "year-range"));
                out.add(new Candidate(m.start("y2"), m.end("y2"), TimexType.DATE, TimexValue.year(y2), "year-range"));
            }
        }
        m = matchers.of(FISCAL_YEAR, text);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end("y"), TimexType.DATE, TimexValue.year(year(m)), "fiscal-year"));
        }
        m = matchers.of(DECADE, text);
        while (m.find()) {
            int first = Integer.parseInt(m.group("c")) * 10;
            out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.decade(first), "decade"));
        }
    }

    private static void day(List<Candidate> out, Matcher m, int begin, int end, int year, String rule) {
        DateShapes.date(year, DateShapes.month(m.group("m")).getValue(), Integer.parseInt(m.group("d")))
                .ifPresent(d -> out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(d), rule)));
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("y"));
    }
}
