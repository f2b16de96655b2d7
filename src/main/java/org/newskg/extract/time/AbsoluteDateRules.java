package org.newskg.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Calendar dates written with a month name or digits: "Oct 18, 2023", "18 October 2023", "2023-10-18",
 * "February 2024", "in 2024", "between 2020 and 2022", "the 1990s", and, given a reference date,
 * "Feb. 8th", "March 3 to 5", "in May".
 *
 * <pre>{@code
 * List<Candidate> found = new AbsoluteDateRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * Immutable and thread-safe.
 */
final class AbsoluteDateRules implements TimeRules {

    private final TimeLexicon lexicon;
    private final Pattern relativeMonth;
    private final Pattern monthDayRelativeYear;

    AbsoluteDateRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.relativeMonth = Pattern.compile("(?<![\\w-])(?<q>(?i:" + lexicon.phraseRegex("relative") + "))" + SP + M
                + "(?!" + OPT_SP + "\\d)");
        this.monthDayRelativeYear = Pattern.compile("(?<![\\w])(?:" + M + SP + DAY + "|" + DAY.replace("<d>", "<d3>") + SP
                + "(?:of" + SP + ")?" + M.replace("<m>", "<m3>") + "),?" + SP + "(?<q>(?i:" + lexicon.phraseRegex("relative")
                + "))" + SP + "(?i:" + lexicon.unitRegex(Set.of("Y")) + ")(?![\\w-])");
    }

    private static final String SP = "[\\s\\u00A0]+";
    private static final String OPT_SP = "[\\s\\u00A0]*";
    private static final String M = "(?<m>" + CalendarNames.monthRegex() + ")";
    // A month name alone followed by a digit is a date shape of its own; followed by a capitalized word it is
    // likely a first name ("of August Diehl", "by April Ryan").
    private static final String NOT_A_NAME = "(?!" + OPT_SP + "\\d|" + SP + "\\p{Lu})";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DAY = "(?<d>[0-3]?\\d)" + ORD;
    private static final String YEAR = "(?<y>1\\d{3}|20\\d\\d)(?![\\d])";

    // A bare number after a preposition is a year only in the range news talks about ("to 1500 troops" is not).
    private static final String NEWS_YEAR = "(?<y>1[89]\\d\\d|20\\d\\d)(?![\\d])";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\w])" + M + "\\s*" + DAY + ",?" + SP + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\w,.])" + DAY + SP + "(?:of" + SP + ")?" + M + ",?" + SP + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\w])" + M + SP + DAY + "(?![\\w:]|[,.]\\d)"
            + "(?:" + OPT_SP + "(?:-|–|to|through|until)" + OPT_SP + "(?<d2>[0-3]?\\d)" + ORD + "(?![\\w:]|[,.]\\d))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\w,.])" + DAY + SP + "(?:of" + SP + ")?" + M);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\w])" + M + ",?" + SP + YEAR);
    private static final Pattern MONTH_ALONE = Pattern.compile("(?<![\\w-])(?i:in|since|by|until|till|from|through"
            + "|during|before|after|early|late|of|and|or|to)" + SP + M + NOT_A_NAME
            + "|(?<![\\w-])(?i:mid)-" + M.replace("<m>", "<m2>") + NOT_A_NAME);
    private static final Pattern ISO = Pattern.compile("(?<![\\w-])(?<y>\\d{4})-(?<mo>\\d\\d)-(?<d>\\d\\d)(?![\\w-])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\w/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})(?![\\w/])");
    private static final Pattern YEAR_AFTER_WORD = Pattern.compile("(?<![\\w-])(?:(?<p>(?i:in|since|by|until|till|from|between"
            + "|during|before|after|of|early|late|and|to|through|the))" + SP + "|(?i:mid)-)" + NEWS_YEAR + "(?![,.]\\d|%|s\\b)");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\w-])(?<y>(?:1[6-9]|20)\\d\\d)\\s*[-–]\\s*"
            + "(?<y2>(?:1[6-9]|20)\\d\\d)(?![\\w-])");
    private static final Pattern DECADE = Pattern.compile("(?<![\\w'’])(?<c>1[6-9]\\d|20\\d)0s\\b");

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            day(out, m, m.start(), m.end(), year(m), "month-day-year");
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            day(out, m, m.start(), m.end(), year(m), "day-month-year");
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (!TimeRules.isVerbAt(sentence, m.start("m"))) {
                YearMonth ym = YearMonth.of(year(m), month(m.group("m")));
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.month(ym), "month-year"));
            }
        }
        isoAndSlashed(text, out);
        years(sentence, out);
        if (reference.known()) {
            yearless(sentence, reference, out);
        }
        return out;
    }

    private void yearless(Sentence sentence, ReferenceCalendar reference, List<Candidate> out) {
        String text = sentence.text();
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            Month month = month(md.group("m"));
            int d = Integer.parseInt(md.group("d"));
            boolean range = md.group("d2") != null;
            int begin = md.start();
            int end = range ? ordinalEnd(text, md.end("d")) : md.end();
            int d2 = range ? Integer.parseInt(md.group("d2")) : 0;
            int d2Begin = range ? md.start("d2") : 0;
            int d2End = md.end();
            reference.nearestMonthDay(month, d).ifPresent(date -> {
                out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(date), "month-day"));
                if (range && d2 > d && d2 <= date.lengthOfMonth()) {
                    out.add(new Candidate(d2Begin, d2End, TimexType.DATE, TimexValue.day(date.withDayOfMonth(d2)),
                            "month-day-range"));
                }
            });
        }
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int begin = m.start();
            int end = m.end();
            reference.nearestMonthDay(month(m.group("m")), Integer.parseInt(m.group("d"))).ifPresent(date ->
                    out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(date), "day-month")));
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            String group = m.group("m") != null ? "m" : "m2";
            if (TimeRules.isVerbAt(sentence, m.start(group))) {
                continue;
            }
            YearMonth ym = reference.nearestMonth(month(m.group(group)));
            out.add(new Candidate(m.start(group), m.end(), TimexType.DATE, TimexValue.month(ym), "month"));
        }
        Matcher y = monthDayRelativeYear.matcher(text);
        while (y.find()) {
            boolean monthFirst = y.group("m") != null;
            int year = reference.date().getYear() + Integer.signum(lexicon.direction("relative", y.group("q")));
            Month month = month(monthFirst ? y.group("m") : y.group("m3"));
            int begin = y.start();
            int end = y.end();
            date(year, month.getValue(), Integer.parseInt(monthFirst ? y.group("d") : y.group("d3")))
                    .ifPresent(dd -> out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(dd), "month-day-relative-year")));
        }
        Matcher r = relativeMonth.matcher(text);
        while (r.find()) {
            if (TimeRules.isVerbAt(sentence, r.start("m"))) {
                continue;
            }
            Month month = month(r.group("m"));
            int direction = lexicon.direction("relative", r.group("q"));
            YearMonth ym = direction < 0 ? reference.lastMonth(month)
                    : direction > 0 ? reference.nextMonth(month) : reference.nearestMonth(month);
            out.add(new Candidate(r.start(), r.end(), TimexType.DATE, TimexValue.month(ym), "relative-month"));
        }
    }

    private static int ordinalEnd(String text, int digitsEnd) {
        int end = digitsEnd;
        if (end + 2 <= text.length() && text.substring(end, end + 2).matches("st|nd|rd|th")) {
            end += 2;
        }
        return end;
    }

    private static void isoAndSlashed(String text, List<Candidate> out) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            date(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")))
                    .ifPresent(dd -> out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.day(dd), "iso-date")));
        }
        Matcher s = SLASHED.matcher(text);
        while (s.find()) {
            int a = Integer.parseInt(s.group("a"));
            int b = Integer.parseInt(s.group("b"));
            int y = Integer.parseInt(s.group("y"));
            // 03/04/2024 is March 4 in the US and 3 April elsewhere: only a day above 12 decides.
            Optional<LocalDate> date = a > 12 && b <= 12 ? date(y, b, a)
                    : b > 12 && a <= 12 ? date(y, a, b) : Optional.empty();
            date.ifPresent(dd -> out.add(new Candidate(s.start(), s.end(), TimexType.DATE, TimexValue.day(dd), "slashed-date")));
        }
    }

    private static void years(Sentence sentence, List<Candidate> out) {
        String text = sentence.text();
        Matcher m = YEAR_AFTER_WORD.matcher(text);
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
        m = YEAR_RANGE.matcher(text);
        while (m.find()) {
            int y1 = year(m);
            int y2 = Integer.parseInt(m.group("y2"));
            if (y2 > y1) {
                out.add(new Candidate(m.start("y"), m.end("y"), TimexType.DATE, TimexValue.year(y1), "year-range"));
                out.add(new Candidate(m.start("y2"), m.end("y2"), TimexType.DATE, TimexValue.year(y2), "year-range"));
            }
        }
        m = DECADE.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group("c")) * 10;
            out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.decade(first), "decade"));
        }
    }

    private static void day(List<Candidate> out, Matcher m, int begin, int end, int year, String rule) {
        date(year, month(m.group("m")).getValue(), Integer.parseInt(m.group("d")))
                .ifPresent(d -> out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(d), rule)));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("y"));
    }

    private static Month month(String written) {
        return CalendarNames.month(written)
                .orElseThrow(() -> new IllegalStateException("month pattern matched a non-month: " + written));
    }
}
