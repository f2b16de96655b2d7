package org.newskg.extract.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Dates written without their year, resolved against the reference date: "Feb. 8th" and "8 February" (the
 * occurrence nearest the reference), "March 3 to 5", "June 13-14", "in May", "last March", "this September",
 * "Sept. 12 last year". The tense of the clause overrides nearness: "the high set on Aug. 6", told in
 * February, is last August; "will meet in July", told in January, is the coming July; "since" looks back.
 *
 * <pre>{@code
 * List<Candidate> found = new YearlessDateRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * Without a reference date nothing is found. Immutable and thread-safe.
 */
final class YearlessDateRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;
    private static final String OPT_SP = DateShapes.OPT_SP;
    private static final String M = DateShapes.MONTH;
    private static final String DAY = DateShapes.DAY;
    private static final String ORD = DateShapes.ORDINAL;
    // A month name alone followed by a digit is a date shape of its own; followed by a capitalized word it is
    // likely a first name ("of August Diehl", "by April Ryan").
    private static final String NOT_A_NAME = "(?!" + OPT_SP + "\\d|" + SP + "\\p{Lu})";
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\w])" + DateShapes.WEEKDAY_BEFORE + M + SP + DAY + "(?![\\w:]|[,.]\\d)"
            + "(?:" + OPT_SP + "(?:-|–|to|through|until)" + OPT_SP + "(?<d2>[0-3]?\\d)" + ORD + "(?![\\w:]|[,.]\\d))?");
    // Every shape here names a month: a sentence without one is skipped at once.
    private static final Pattern ANY_MONTH = Pattern.compile(CalendarNames.monthRegex());
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\w,.])" + DAY + SP + "(?:of" + SP + ")?" + M);
    private static final Pattern MONTH_ALONE = Pattern.compile("(?<![\\w-])(?<prep>(?i:in|since|by|until|till|from|through|for"
            + "|during|before|after|early|late|of|and|or|to))" + SP + M + NOT_A_NAME
            + "|(?<![\\w-])(?i:mid)-" + M.replace("<m>", "<m2>") + NOT_A_NAME);

    private static final Set<String> SINCE = Set.of("since");

    private final TimeLexicon lexicon;
    private final ClauseTense tenses;
    private final Pattern relativeMonth;
    private final Pattern monthDayRelativeYear;

    YearlessDateRules(TimeLexicon lexicon, ClauseTense tenses) {
        this.lexicon = lexicon;
        this.tenses = tenses;
        String relative = "(?<q>(?i:" + lexicon.phraseRegex("relative") + "))";
        this.relativeMonth = Pattern.compile("(?<![\\w-])" + relative + SP + M + "(?!" + OPT_SP + "\\d)");
        this.monthDayRelativeYear = Pattern.compile("(?<![\\w])(?:" + M + SP + DAY + "|" + DAY.replace("<d>", "<d3>") + SP
                + "(?:of" + SP + ")?" + M.replace("<m>", "<m3>") + "),?" + SP + relative + SP
                + "(?i:" + lexicon.unitRegex(Set.of("Y")) + ")(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        if (!reference.known() || !matchers.of(ANY_MONTH, sentence.text()).find()) {
            return out;
        }
        String text = sentence.text();
        Matcher md = matchers.of(MONTH_DAY, text);
        while (md.find()) {
            Month month = DateShapes.month(md.group("m"));
            int d = Integer.parseInt(md.group("d"));
            boolean range = md.group("d2") != null;
            int begin = md.start();
            int end = range ? ordinalEnd(text, md.end("d")) : md.end();
            int d2 = range ? Integer.parseInt(md.group("d2")) : 0;
            int d2Begin = range ? md.start("d2") : 0;
            int d2End = md.end();
            ClauseTense.Tense tense = tenseAt(sentence, begin);
            reference.nearestMonthDay(month, d).map(date -> byTense(date, tense, reference)).ifPresent(date -> {
                out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(date), "month-day"));
                if (range && d2 > d && d2 <= date.lengthOfMonth()) {
                    out.add(new Candidate(d2Begin, d2End, TimexType.DATE, TimexValue.day(date.withDayOfMonth(d2)),
                            "month-day-range"));
                }
            });
        }
        Matcher m = matchers.of(DAY_MONTH, text);
        while (m.find()) {
            int begin = m.start();
            int end = m.end();
            ClauseTense.Tense tense = tenseAt(sentence, begin);
            reference.nearestMonthDay(DateShapes.month(m.group("m")), Integer.parseInt(m.group("d")))
                    .map(date -> byTense(date, tense, reference)).ifPresent(date ->
                    out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(date), "day-month")));
        }
        m = matchers.of(MONTH_ALONE, text);
        while (m.find()) {
            String group = m.group("m") != null ? "m" : "m2";
            if (TimeRules.isVerbAt(sentence, m.start(group))) {
                continue;
            }
            boolean since = m.group("prep") != null && m.group("prep").equalsIgnoreCase("since");
            boolean forward = TimeRules.nextToken(sentence, m.end())
                    .filter(t -> lexicon.phrase("forward", t.text()).isPresent()).isPresent();
            ClauseTense.Tense tense = since ? ClauseTense.Tense.PAST
                    : forward ? ClauseTense.Tense.FUTURE : tenses.of(sentence, m.start(group));
            YearMonth ym = byTense(reference.nearestMonth(DateShapes.month(m.group(group))), tense, reference);
            out.add(new Candidate(m.start(group), m.end(), TimexType.DATE, TimexValue.month(ym), "month"));
        }
        Matcher y = matchers.of(monthDayRelativeYear, text);
        while (y.find()) {
            boolean monthFirst = y.group("m") != null;
            int year = reference.date().getYear() + Integer.signum(lexicon.direction("relative", y.group("q")));
            Month month = DateShapes.month(monthFirst ? y.group("m") : y.group("m3"));
            int begin = y.start();
            int end = y.end();
            DateShapes.date(year, month.getValue(), Integer.parseInt(monthFirst ? y.group("d") : y.group("d3")))
                    .ifPresent(dd -> out.add(new Candidate(begin, end, TimexType.DATE, TimexValue.day(dd), "month-day-relative-year")));
        }
        Matcher r = matchers.of(relativeMonth, text);
        while (r.find()) {
            if (TimeRules.isVerbAt(sentence, r.start("m"))) {
                continue;
            }
            Month month = DateShapes.month(r.group("m"));
            int direction = lexicon.direction("relative", r.group("q"));
            YearMonth ym = direction < 0 ? reference.lastMonth(month)
                    : direction > 0 ? reference.nextMonth(month) : YearMonth.of(reference.date().getYear(), month);
            out.add(new Candidate(r.start(), r.end(), TimexType.DATE, TimexValue.month(ym), "relative-month"));
        }
        return out;
    }

    /** The clause's tense, but "since" always looks back: "will be his first trip since the March 11 quake". */
    private ClauseTense.Tense tenseAt(Sentence sentence, int begin) {
        return TimeRules.after(sentence, begin, SINCE) ? ClauseTense.Tense.PAST : tenses.of(sentence, begin);
    }

    /** A past clause does not speak of a day after the reference, a future one not of a day before it. */
    private static LocalDate byTense(LocalDate date, ClauseTense.Tense tense, ReferenceCalendar reference) {
        if (tense == ClauseTense.Tense.PAST && date.isAfter(reference.date())) {
            return DateShapes.date(date.getYear() - 1, date.getMonthValue(), date.getDayOfMonth()).orElse(date);
        }
        if (tense == ClauseTense.Tense.FUTURE && date.isBefore(reference.date())) {
            return DateShapes.date(date.getYear() + 1, date.getMonthValue(), date.getDayOfMonth()).orElse(date);
        }
        return date;
    }

    private static YearMonth byTense(YearMonth month, ClauseTense.Tense tense, ReferenceCalendar reference) {
        YearMonth now = YearMonth.from(reference.date());
        if (tense == ClauseTense.Tense.PAST && month.isAfter(now)) {
            return month.minusYears(1);
        }
        return tense == ClauseTense.Tense.FUTURE && month.isBefore(now) ? month.plusYears(1) : month;
    }

    private static int ordinalEnd(String text, int digitsEnd) {
        int end = digitsEnd;
        if (end + 2 <= text.length() && text.substring(end, end + 2).matches("st|nd|rd|th")) {
            end += 2;
        }
        return end;
    }
}
