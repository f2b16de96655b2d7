package org.newskg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Dates relative to the reference (the publication date): "yesterday", "Thursday morning", "last Monday",
 * "next Friday", "this year", "the past year", "earlier this month", "three days ago", "in two years",
 * and vague references ("recently" → PAST_REF), which need no reference.
 *
 * <pre>{@code
 * List<Candidate> found = new RelativeDateRules(lexicon).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * Immutable and thread-safe.
 */
final class RelativeDateRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = "[\\s\\u00A0]+";
    private static final String END = "(?![\\w-])";
    private static final Set<String> UNTIL = Set.of("until", "till", "through");

    // Cheap checks that skip the patterns needing a weekday, a month or a unit of time in sentences without one.
    private static final Pattern ANY_WEEKDAY = Pattern.compile(CalendarNames.weekdayRegex());
    private static final Pattern ANY_MONTH = Pattern.compile(CalendarNames.monthRegex());

    private final TimeLexicon lexicon;
    private final Pattern anyUnit;
    private final Pattern dayWord;
    private final Pattern dayTime;
    private final Pattern thisDayPart;
    private final Pattern weekday;
    private final Pattern period;
    private final Pattern ago;
    private final Pattern inFuture;
    private final Pattern vague;
    private final Pattern notTime;
    private final ClauseTense tenses;
    private final Pattern monthOfRelativeYear;

    RelativeDateRules(TimeLexicon lexicon, ClauseTense tenses) {
        this.lexicon = lexicon;
        this.tenses = tenses;
        String parts = "(?<p>(?i:" + lexicon.phraseRegex("daypart") + "))";
        String num = "(?<n>(?i:" + lexicon.numbers().regex() + "))";
        String units = "(?<u>(?i:" + lexicon.unitRegex(Set.of()) + "))";
        this.anyUnit = Pattern.compile(units);
        this.dayWord = Pattern.compile("(?<![\\w-])(?<d>(?i:" + lexicon.phraseRegex("day") + "))(?:" + SP + parts + ")?" + END);
        this.dayTime = Pattern.compile("(?<![\\w-])(?<t>(?i:" + lexicon.phraseRegexOrNothing("daytime") + "))" + END);
        this.thisDayPart = Pattern.compile("(?<![\\w-])(?i:this)" + SP + parts + END);
        String relative = "(?<q>(?i:" + lexicon.phraseRegex("relative") + "))";
        this.weekday = Pattern.compile("(?<![\\w-])(?:" + relative + SP + ")?"
                + "(?<w>" + CalendarNames.weekdayRegex() + ")(?:" + SP + parts + ")?" + END);
        this.period = Pattern.compile("(?<![\\w-])(?:(?i:earlier|later)" + SP + ")?(?:(?i:the)" + SP + ")?" + relative
                + SP + "(?<u>(?i:" + lexicon.unitRegex(Set.of("Y", "Q", "M", "W")) + "))"
                + "(?![\\w-])(?!" + SP + "(?i:of)\\b)");
        this.ago = Pattern.compile("(?<![\\w-])" + num + "(?:" + SP + "|-)" + units + SP + "(?<dir>(?i:" + lexicon.phraseRegex("ago") + "))" + END);
        this.inFuture = Pattern.compile("(?<![\\w-])(?i:in)" + SP + num + SP + units + "(?:['’]?" + SP + "(?i:time))?" + END
                + "(?!" + SP + "(?i:of|ago)\\b)");
        this.notTime = Pattern.compile("(?<![\\w-])(?i:" + lexicon.phraseRegexOrNothing("not-time") + ")(?![\\w-])");
        this.vague = Pattern.compile("(?<![\\w-])(?<v>(?i:" + lexicon.phraseRegex("vague") + "))" + END);
        this.monthOfRelativeYear = Pattern.compile("(?<![\\w-])(?<m>" + CalendarNames.monthRegex() + ")" + SP + relative
                + SP + "(?i:year)" + END);
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        String text = sentence.text();
        List<Candidate> out = new ArrayList<>();
        Matcher m = matchers.of(vague, text);
        List<int[]> notTimes = matchers.of(notTime, text).results().map(r -> new int[] {r.start(), r.end()}).toList();
        while (m.find()) {
            // "the current account", "an ocean current": the vague word names something else.
            if (notTimes.stream().anyMatch(n -> n[0] < m.end() && m.start() < n[1])) {
                continue;
            }
            // "recent years" is a stretch of unknown length (PXY); "recently" a vague date (PAST_REF).
            lexicon.phrase("vague", m.group("v")).ifPresent(v -> out.add(new Candidate(m.start(), m.end(),
                    v.matches("P[\\dX].*") ? TimexType.DURATION : TimexType.DATE, v, "vague-reference")));
        }
        if (!reference.known()) {
            return out;
        }
        LocalDate ref = reference.date();
        Matcher d = matchers.of(dayWord, text);
        while (d.find()) {
            if (partOfName(sentence, d.start())) {
                continue;
            }
            int offset = lexicon.direction("day", d.group("d"));
            out.add(dated(d, ref.plusDays(offset), "relative-day"));
        }
        Matcher n = matchers.of(dayTime, text);
        while (n.find()) {
            String[] spec = lexicon.phrase("daytime", n.group("t")).orElseThrow().split(" ");
            out.add(new Candidate(n.start(), n.end(), TimexType.TIME,
                    TimexValue.day(ref.plusDays(Integer.parseInt(spec[0]))) + "T" + spec[1], "day-time"));
        }
        Matcher t = matchers.of(thisDayPart, text);
        while (t.find()) {
            out.add(dated(t, ref, "this-day-part"));
        }
        boolean weekdays = matchers.of(ANY_WEEKDAY, text).find();
        Matcher w = matchers.of(weekday, text);
        while (weekdays && w.find()) {
            DayOfWeek day = CalendarNames.weekday(w.group("w")).orElseThrow();
            LocalDate date;
            if (w.group("q") == null) {
                ClauseTense.Tense tense = tenses.of(sentence, w.start());
                // "the forum, which runs through Saturday": an end not yet reached unless the clause is past.
                boolean ahead = tense == ClauseTense.Tense.FUTURE || tense == ClauseTense.Tense.PRESENT
                        || tense != ClauseTense.Tense.PAST && TimeRules.after(sentence, w.start(), UNTIL);
                date = ahead ? reference.upcomingWeekday(day) : reference.bareWeekday(day);
            } else {
                int direction = lexicon.direction("relative", w.group("q"));
                date = direction < 0 ? reference.lastWeekday(day)
                        : direction > 0 ? reference.nextWeekday(day) : reference.thisWeekday(day);
            }
            out.add(dated(w, date, "weekday"));
        }
        if (matchers.of(anyUnit, text).find()) {
            periods(sentence, reference, out);
        }
        boolean months = matchers.of(ANY_MONTH, text).find();
        Matcher my = matchers.of(monthOfRelativeYear, text);
        while (months && my.find()) {
            int year = ref.getYear() + Integer.signum(lexicon.direction("relative", my.group("q")));
            int month = CalendarNames.month(my.group("m")).orElseThrow().getValue();
            out.add(new Candidate(my.start(), my.end(), TimexType.DATE, String.format(java.util.Locale.ROOT, "%04d-%02d", year, month), "month-relative-year"));
        }
        return out;
    }

    private void periods(Sentence sentence, ReferenceCalendar reference, List<Candidate> out) {
        String text = sentence.text();
        Matcher p = matchers.of(period, text);
        while (p.find()) {
            TimeUnit unit = lexicon.unit(p.group("u")).orElseThrow();
            // "could last weeks": a plural unit after "last" is a verb's object; "the last two weeks" is a stretch.
            if (!p.group("u").equalsIgnoreCase(unit.singular())) {
                continue;
            }
            int shift = Integer.signum(lexicon.direction("relative", p.group("q")));
            Optional<String> value = reference.shifted(unit, shift);
            int begin = p.start();
            int end = p.end();
            value.ifPresent(v -> out.add(new Candidate(begin, end, TimexType.DATE, v, "relative-period")));
        }
        Matcher a = matchers.of(ago, text);
        while (a.find()) {
            int sign = Integer.signum(lexicon.direction("ago", a.group("dir")));
            offset(a, reference, sign, sign < 0 ? "PAST_REF" : "FUTURE_REF", "ago").ifPresent(out::add);
        }
        Matcher f = matchers.of(inFuture, text);
        while (f.find()) {
            // "will visit in two weeks" is a date; "its second rise in two months" a duration.
            ClauseTense.Tense tense = tenses.of(sentence, f.start());
            if ((tense == ClauseTense.Tense.FUTURE || tense == ClauseTense.Tense.PRESENT) && !afterRank(sentence, f.start())) {
                offset(f, reference, 1, "FUTURE_REF", "in-future").ifPresent(out::add);
            }
        }
    }

    /**
     * "Kohl's third visit in eighteen months", "the highest level in a decade", "for the first time in a year": after
     * a rank (a {@code rank} word of the lexicon or a superlative) within the few words before it, "in" opens a stretch.
     */
    private boolean afterRank(Sentence sentence, int localBegin) {
        List<Token> tokens = sentence.tokens();
        int i = TimeRules.tokenIndexAt(sentence, localBegin);
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token t = tokens.get(k);
            String penn = t.penn() == null ? "" : t.penn();
            if (penn.equals("JJS") || penn.equals("RBS") || lexicon.phrase("rank", t.text()).isPresent()) {
                return true;
            }
            if (penn.startsWith("VB") || penn.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "USA Today", "China Today": a capitalized day word right after a proper noun names something. */
    private static boolean partOfName(Sentence sentence, int localBegin) {
        if (localBegin == 0 || !Character.isUpperCase(sentence.text().charAt(localBegin))) {
            return false;
        }
        Token previous = TimeRules.previousToken(sentence, localBegin).orElse(null);
        return previous != null && previous.isProperNoun();
    }

    private Optional<Candidate> offset(Matcher m, ReferenceCalendar reference, int sign, String vagueValue, String rule) {
        Optional<String> count = lexicon.numbers().count(m.group("n"));
        Optional<TimeUnit> unit = lexicon.unit(m.group("u"));
        if (count.isEmpty() || unit.isEmpty() || !unit.get().isDateUnit()) {
            return Optional.empty();
        }
        Optional<String> value = count.get().equals(NumberWords.VAGUE) ? Optional.of(vagueValue)
                : reference.shifted(unit.get(), sign * Long.parseLong(count.get()));
        return value.map(v -> new Candidate(m.start(), m.end(), TimexType.DATE, v, rule));
    }

    private Candidate dated(Matcher m, LocalDate date, String rule) {
        String part = m.group("p");
        if (part == null) {
            return new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.day(date), rule);
        }
        String code = lexicon.phrase("daypart", part).orElseThrow();
        return new Candidate(m.start(), m.end(), TimexType.TIME, TimexValue.day(date) + "T" + code, rule);
    }
}
