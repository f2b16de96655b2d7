package org.newskg.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.TimexType;
import org.newskg.nlp.Sentence;

/**
 * Quarters and halves of a calendar year: "the third quarter", "third-quarter", "the first half of 2013",
 * "the fourth quarter of last year" → {@code 1989-Q3}, {@code 2013-H1}.
 *
 * <pre>{@code
 * List<Candidate> found = new YearPartRules(lexicon, tenses).find(sentence, ReferenceCalendar.of(published));
 * }</pre>
 * Without a year, the part is the latest one begun by the reference date; a part not yet begun this year is
 * this year's when its clause is in the present or future ("work begins in the second quarter") and last
 * year's otherwise ("a loss in the fourth quarter", told in April). Immutable and thread-safe.
 */
final class YearPartRules implements TimeRules {

    private final Matchers matchers = new Matchers();

    private static final String SP = DateShapes.SP;

    private final TimeLexicon lexicon;
    private final ClauseTense tenses;
    private final Pattern part;

    private static final Pattern MONTH_SPAN_QUARTER = Pattern.compile("(?<![\\w-])(?:(?i:the)" + DateShapes.SP + ")?"
            + DateShapes.MONTH + "\\s*[-–]\\s*" + DateShapes.MONTH.replace("(?<m>", "(?<m2>") + DateShapes.SP
            + "(?i:quarter)(?![\\w-])");

    YearPartRules(TimeLexicon lexicon, ClauseTense tenses) {
        this.lexicon = lexicon;
        this.tenses = tenses;
        String ordinal = "(?<o>(?i:" + lexicon.phraseRegex("ordinal") + "))";
        String yearPart = "(?<p>(?i:" + lexicon.phraseRegex("yearpart") + "))";
        String relative = "(?<q>(?i:" + lexicon.phraseRegex("relative") + "))";
        this.part = Pattern.compile("(?<![\\w-])(?:(?i:the)" + SP + ")?" + ordinal + "(?:" + SP + "|-)" + yearPart
                + "(?:" + SP + "(?i:of)" + SP + "(?:(?<y>1[89]\\d\\d|20\\d\\d)|(?i:the)" + SP + "(?i:year)|" + relative + SP
                + "(?i:year)))?(?![\\w-])");
    }

    @Override
    public List<Candidate> find(Sentence sentence, ReferenceCalendar reference) {
        List<Candidate> out = new ArrayList<>();
        monthSpanQuarters(sentence, reference, out);
        Matcher m = matchers.of(part, sentence.text());
        while (m.find()) {
            String[] code = lexicon.phrase("yearpart", m.group("p")).orElseThrow().split(" ");
            int index = Integer.parseInt(lexicon.phrase("ordinal", m.group("o")).orElseThrow());
            int parts = Integer.parseInt(code[1]);
            if (index > parts || followedByOf(sentence.text(), m)) {
                continue;
            }
            Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : null;
            if (year == null && reference.known()) {
                int shift = m.group("q") == null ? 0 : Integer.signum(lexicon.direction("relative", m.group("q")));
                year = m.group("q") != null ? reference.date().getYear() + shift : yearOf(sentence, m.start(), index, parts, reference.date());
            }
            if (year != null) {
                out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.year(year) + "-" + code[0] + index, "year-part"));
            }
        }
        return out;
    }

    /**
     * "the April-June quarter", "the July-September quarter": a quarter named by its first and last months, as
     * Japanese and other companies whose fiscal year starts in April report; its year is found like "the second quarter"'s.
     */
    private void monthSpanQuarters(Sentence sentence, ReferenceCalendar reference, List<Candidate> out) {
        Matcher m = matchers.of(MONTH_SPAN_QUARTER, sentence.text());
        while (m.find()) {
            int first = DateShapes.month(m.group("m")).getValue();
            int last = DateShapes.month(m.group("m2")).getValue();
            if ((first - 1) % 3 != 0 || last != first + 2 || !reference.known()) {
                continue;
            }
            int index = (first - 1) / 3 + 1;
            int year = yearOf(sentence, m.start(), index, 4, reference.date());
            out.add(new Candidate(m.start(), m.end(), TimexType.DATE, TimexValue.year(year) + "-Q" + index, "month-span-quarter"));
        }
    }

    /** "the second half of the match": a part followed by "of" and no year is no part of a year. */
    private static boolean followedByOf(String text, Matcher m) {
        return m.group("y") == null && !m.group().toLowerCase(Locale.ROOT).endsWith("year")
                && text.substring(m.end()).matches("(?is)" + SP + "of\\b.*");
    }

    private int yearOf(Sentence sentence, int localBegin, int index, int parts, LocalDate reference) {
        int firstMonth = (index - 1) * (12 / parts) + 1;
        if (!LocalDate.of(reference.getYear(), firstMonth, 1).isAfter(reference)) {
            return reference.getYear();
        }
        ClauseTense.Tense tense = tenses.of(sentence, localBegin);
        return tense == ClauseTense.Tense.FUTURE || tense == ClauseTense.Tense.PRESENT ? reference.getYear() : reference.getYear() - 1;
    }
}
