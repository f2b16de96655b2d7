package org.newskg.extract.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newskg.NewsKgException;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds temporal expressions in an annotated article and normalizes them to TIMEX3 values, resolving
 * relative ones ("on Thursday", "last year", "ahead of the Chinese New Year") against a reference date.
 *
 * <pre>{@code
 * TemporalTagger tagger = TemporalTagger.load(dataDir);
 * List<TimeMention> times = tagger.tag(annotated, LocalDate.of(2024, 2, 8));
 * }</pre>
 * All rule families run on each sentence; where matches overlap the longest wins (then the earlier, then
 * the first rule family), so "three days ago" beats "three days" and "Chinese New Year" beats "New Year".
 * A clock time right before a date joins it ("noon Saturday"), else takes the nearest full date of its sentence,
 * else the reference date. Expressions placed against the story's own times ("a year earlier", "the quarter")
 * are resolved in story order by {@link StoryAnchors}. Modifiers TimeML keeps in the extent ("early next year",
 * "less than a day") widen what was found ({@link Modifiers}). Word lists come from
 * {@code data/time/}, read once by {@link #load}. Immutable and thread-safe.
 */
public final class TemporalTagger {

    private static final Pattern ABBREVIATED_MONTH_AT_END = Pattern.compile(
            "(?<![\\w])(?:" + CalendarNames.monthRegex() + ")$");
    private static final Pattern DAY_AT_START = Pattern.compile("^[0-3]?\\d(?:st|nd|rd|th)?(?![\\w:])");
    private static final Pattern MERIDIEM_AT_END = Pattern.compile("(?<![\\w])\\d{1,2}(?::\\d\\d)?\\s*[aApP]\\.[mM]\\.$");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M} .'’/-]{1,40}(?:,[\\p{L} .'-]{1,30})?,\\s*");

    private final List<TimeRules> rules;
    private final ClockDateJoiner joiner;
    private final Modifiers modifiers;
    private final Pattern clockContinues;

    private TemporalTagger(List<TimeRules> rules, TimeLexicon lexicon) {
        this.rules = List.copyOf(rules);
        this.joiner = new ClockDateJoiner(lexicon);
        this.modifiers = new Modifiers(lexicon);
        this.clockContinues = Pattern.compile("^(?:" + CalendarNames.weekdayRegex() + "|" + CalendarNames.monthRegex() + "|\\p{Ll}|"
                + "(?i:" + lexicon.phraseRegexOrNothing("zone") + "))");
    }

    /** Reads {@code dataDir/time/*.tsv}; fails with a {@link NewsKgException} naming the bad file or line. */
    public static TemporalTagger load(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        if (!Files.isDirectory(dataDir.resolve("time"))) {
            throw new NewsKgException("no temporal data: " + dataDir.resolve("time") + " is not a directory");
        }
        TimeLexicon lexicon = TimeLexicon.load(dataDir);
        ClauseTense tenses = new ClauseTense(lexicon);
        return new TemporalTagger(List.of(
                new HolidayRules(HolidayCalendar.load(dataDir)),
                new AbsoluteDateRules(),
                new SpelledYearRules(lexicon),
                new YearPartRules(lexicon, tenses),
                new AnaphoricRules(lexicon),
                new YearlessDateRules(lexicon, tenses),
                new RelativeDateRules(lexicon, tenses),
                new WeekendRules(lexicon, tenses),
                new SeasonRules(lexicon, tenses),
                new PeriodEdgeRules(lexicon),
                new CenturyRules(lexicon),
                new TimeOfDayRules(lexicon),
                new SetRules(lexicon),
                new DurationRules(lexicon)), lexicon);
    }

    /** Tags against the article's publication date (relative expressions are dropped when it is unknown). */
    public List<TimeMention> tag(AnnotatedText text) {
        return tag(text, text.article().published() == null ? null : text.article().published().date());
    }

    /**
     * @param reference the article's publication date; null resolves only absolute expressions
     * @return mentions sorted by offset, none overlapping
     */
    public List<TimeMention> tag(AnnotatedText text, LocalDate reference) {
        Objects.requireNonNull(text, "text");
        List<TimeMention> found = tagAgainst(text, reference);
        // A dateline ("NAIROBI, May 2 (Reuters) -") dates the story; the page's publication date may be later.
        LocalDate dateline = datelineDate(text, found);
        return dateline == null || dateline.equals(reference) ? found : tagAgainst(text, dateline);
    }

    /**
     * The full date of a dateline: a line opening with a capitalized place name, a comma, and a date
     * right after it, before the story's first sentence ends.
     */
    static LocalDate datelineDate(AnnotatedText text, List<TimeMention> found) {
        for (TimeMention t : found) {
            if (t.type() != TimexType.DATE || !FULL_DATE.matcher(t.value()).matches()) {
                continue;
            }
            int lineStart = text.text().lastIndexOf('\n', t.begin() - 1) + 1;
            if (DATELINE.matcher(text.text().substring(lineStart, t.begin())).matches()) {
                return LocalDate.parse(t.value());
            }
        }
        return null;
    }

    private List<TimeMention> tagAgainst(AnnotatedText text, LocalDate reference) {
        ReferenceCalendar ref = ReferenceCalendar.of(reference);
        StoryAnchors anchors = new StoryAnchors(reference);
        List<TimeMention> out = new ArrayList<>();
        for (Sentence sentence : rejoinSplitDates(text)) {
            List<Candidate> kept = modifiers.widen(sentence.text(), joiner.join(sentence.text(), resolveOverlaps(candidates(sentence, ref))));
            for (Candidate c : anchorTimes(kept.stream().flatMap(k -> anchors.place(k).stream()).toList(), ref)) {
                int begin = sentence.begin() + c.begin();
                int end = sentence.begin() + c.end();
                int index = text.sentenceAt(begin).map(Sentence::index).orElse(sentence.index());
                out.add(new TimeMention(begin, end, text.text().substring(begin, end), index, c.type(),
                        c.value(), c.rule()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The sentence detector sometimes ends a sentence at a month abbreviation ("on Feb." | "8th in Beijing.")
     * or at a clock time ("at 8 a.m." | "Monday after talks"): such a pair is read as one sentence so the
     * date is found whole.
     */
    private List<Sentence> rejoinSplitDates(AnnotatedText text) {
        List<Sentence> sentences = text.sentences();
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (i + 1 < sentences.size() && (endsWith(ABBREVIATED_MONTH_AT_END, s.text())
                    && DAY_AT_START.matcher(sentences.get(i + 1).text()).find()
                    || endsWith(MERIDIEM_AT_END, s.text()) && clockContinues.matcher(sentences.get(i + 1).text()).find())) {
                Sentence next = sentences.get(i + 1);
                List<Token> tokens = new ArrayList<>(s.tokens());
                tokens.addAll(next.tokens());
                out.add(new Sentence(s.index(), s.begin(), next.end(), text.text().substring(s.begin(), next.end()), tokens));
                i++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether a pattern anchored at the end matches within the last characters of a text (month names and clock times are short). */
    private static boolean endsWith(Pattern atEnd, String text) {
        return atEnd.matcher(text).useTransparentBounds(true).region(Math.max(0, text.length() - 16), text.length()).find();
    }

    private List<Candidate> candidates(Sentence sentence, ReferenceCalendar ref) {
        List<Candidate> all = new ArrayList<>();
        for (TimeRules r : rules) {
            all.addAll(r.find(sentence, ref));
        }
        return all;
    }

    /** Candidates come in rule-family order, which breaks ties between equally long, equally placed spans. */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        List<Candidate> byPreference = new ArrayList<>(candidates);
        // List.sort is stable, so the family order survives among equal spans.
        byPreference.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : byPreference) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }

    private static List<Candidate> anchorTimes(List<Candidate> kept, ReferenceCalendar ref) {
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            if (c.type() != TimexType.TIME || !c.value().startsWith("T")) {
                out.add(c);
                continue;
            }
            Candidate nearest = null;
            for (Candidate d : kept) {
                if (d.type() == TimexType.DATE && FULL_DATE.matcher(d.value()).matches()
                        && (nearest == null || distance(c, d) < distance(c, nearest))) {
                    nearest = d;
                }
            }
            String day = nearest != null ? nearest.value() : ref.known() ? TimexValue.day(ref.date()) : "XXXX-XX-XX";
            out.add(c.withValue(day + c.value()));
        }
        return out;
    }

    private static int distance(Candidate a, Candidate b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : a.begin() - b.end();
    }
}
