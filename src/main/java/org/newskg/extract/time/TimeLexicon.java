package org.newskg.extract.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.NewsKgException;
import org.newskg.data.TsvTable;

/**
 * The words of temporal expressions that are data, not grammar: units of time ({@code data/time/units.tsv}),
 * relative days, parts of the day, vague references, frequency adverbs and the words that place a period before
 * or after the reference ({@code data/time/lexicon.tsv}),
 * and counts ({@link NumberWords}).
 *
 * <pre>{@code
 * TimeLexicon lex = TimeLexicon.load(dataDir);
 * lex.unit("decades");   // Optional[TimeUnit[decade, decades, Y, 10]]
 * }</pre>
 * Immutable and thread-safe.
 */
final class TimeLexicon {

    private final Map<String, TimeUnit> units;
    private final Map<String, Map<String, String>> phrases;
    private final NumberWords numbers;

    private TimeLexicon(Map<String, TimeUnit> units, Map<String, Map<String, String>> phrases, NumberWords numbers) {
        this.units = Map.copyOf(units);
        this.phrases = Map.copyOf(phrases);
        this.numbers = numbers;
    }

    static TimeLexicon load(Path dataDir) {
        Path time = dataDir.resolve("time");
        Map<String, TimeUnit> units = new HashMap<>();
        for (String[] row : TsvTable.read(time.resolve("units.tsv"), "temporal data file").stripped(5)) {
            TimeUnit u;
            try {
                String[] half = row[4].equals("-") ? new String[] {"0", ""} : row[4].split(" ");
                if (half.length != 2) {
                    throw new IllegalArgumentException("half '" + row[4] + "' is not 'COUNT UNIT' or '-'");
                }
                u = new TimeUnit(row[0], row[1], row[2], Integer.parseInt(row[3]), Integer.parseInt(half[0]), half[1]);
            } catch (IllegalArgumentException e) {
                throw new NewsKgException(time.resolve("units.tsv") + ": " + e.getMessage(), e);
            }
            units.put(u.singular().toLowerCase(Locale.ROOT), u);
            units.put(u.plural().toLowerCase(Locale.ROOT), u);
        }
        Map<String, Map<String, String>> phrases = new HashMap<>();
        for (String[] row : TsvTable.read(time.resolve("lexicon.tsv"), "temporal data file").stripped(3)) {
            phrases.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[1].toLowerCase(Locale.ROOT), row[2]);
        }
        phrases.replaceAll((k, v) -> Map.copyOf(v));
        for (String kind : List.of("day", "daypart", "vague", "set", "relative", "ago", "season")) {
            if (!phrases.containsKey(kind)) {
                throw new NewsKgException(time.resolve("lexicon.tsv") + ": no entries of kind '" + kind + "'");
            }
        }
        return new TimeLexicon(units, phrases, NumberWords.load(dataDir));
    }

    NumberWords numbers() {
        return numbers;
    }

    Optional<TimeUnit> unit(String written) {
        return Optional.ofNullable(units.get(written.toLowerCase(Locale.ROOT)));
    }

    /** The TIMEX3 duration of a written count ("three", "X" for vague) of a written unit; empty when either is unknown. */
    Optional<String> duration(String count, String writtenUnit) {
        Optional<String> n = count.equals(NumberWords.VAGUE) ? Optional.of(count) : numbers.count(count);
        Optional<TimeUnit> u = unit(writtenUnit);
        return n.isEmpty() || u.isEmpty() ? Optional.empty() : Optional.of(TimexValue.duration(n.get(), u.get()));
    }

    /** A regex alternation of all written units, or of those whose TIMEX3 unit is in {@code only}. */
    String unitRegex(Collection<String> only) {
        List<String> forms = new ArrayList<>();
        units.forEach((written, u) -> {
            if (only.isEmpty() || (only.contains(u.unit()) && u.multiplier() == 1)) {
                forms.add(written);
            }
        });
        return alternation(forms);
    }

    /** The value of a phrase of one kind (day, daypart, vague, set); empty also when the kind has no entries. */
    Optional<String> phrase(String kind, String text) {
        return Optional.ofNullable(phrases.getOrDefault(kind, Map.of()).get(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }

    /** A phrase's value as a number (the day offsets and directions). */
    int direction(String kind, String text) {
        String v = phrase(kind, text).orElseThrow(() -> new NewsKgException("no " + kind + " phrase '" + text + "'"));
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new NewsKgException("lexicon.tsv: " + kind + " phrase '" + text + "' has a non-numeric value '" + v + "'", e);
        }
    }

    /** The phrases of one kind, lower-cased; empty when the kind has no entries. */
    Set<String> phrases(String kind) {
        return phrases.getOrDefault(kind, Map.of()).keySet();
    }

    /** A regex alternation of the phrases of one kind, longest first, spaces matching any white space. */
    String phraseRegex(String kind) {
        return alternation(phrases.get(kind).keySet());
    }

    /** Like {@link #phraseRegex} for an optional kind: a pattern matching nothing when the kind has no entries. */
    String phraseRegexOrNothing(String kind) {
        return phrases.containsKey(kind) ? phraseRegex(kind) : "(?!)";
    }

    /**
     * A regex alternation of literal words, longest first, spaces matching any white space. A lookahead on
     * the possible first letters comes first: Java tries the alternatives one by one, and most positions of a
     * sentence start none of them.
     */
    static String alternation(Collection<String> words) {
        return firstLetters(words) + "(?:" + words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }

    /** A lookahead for the first letters of the words, both cases, or nothing for no words. */
    static String firstLetters(Collection<String> words) {
        StringBuilder cls = new StringBuilder();
        words.stream().filter(w -> !w.isEmpty()).map(w -> w.codePointAt(0)).distinct().forEach(c -> {
            for (int v : new int[] {Character.toLowerCase(c), Character.toUpperCase(c)}) {
                if (!Character.isLetterOrDigit(v)) {
                    cls.append('\\');
                }
                cls.appendCodePoint(v);
            }
        });
        return cls.length() == 0 ? "" : "(?=[" + cls + "])";
    }
}
