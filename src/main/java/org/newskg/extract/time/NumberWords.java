package org.newskg.extract.time;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.NewsKgException;
import org.newskg.data.TsvTable;

/**
 * Counts written as digits ("48", "2,000") or words ("three", "twenty-five", "a", "several"), read from
 * {@code data/time/numbers.tsv}.
 *
 * <pre>{@code
 * NumberWords n = NumberWords.load(dataDir);
 * n.count("twenty-five");   // Optional["25"]; vague words give "X"
 * }</pre>
 * Immutable and thread-safe.
 */
public final class NumberWords {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");

    /** The TIMEX3 placeholder for an unknown count. */
    static final String VAGUE = "X";

    private final Map<String, String> words;
    private final String regex;
    private final String wordRegex;

    private NumberWords(Map<String, String> words) {
        this.words = Map.copyOf(words);
        String alternation = words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        // A compound ("twenty-five", "twenty four") is two words joined by a hyphen or a space; count() checks
        // that they combine. After a space only a written digit word may follow, so "twenty a day" stays apart.
        String digitWords = words.entrySet().stream()
                .filter(e -> e.getValue().matches("[1-9]") && e.getKey().length() > 2)
                .map(e -> Pattern.quote(e.getKey())).sorted().collect(Collectors.joining("|"));
        this.wordRegex = "(?:" + TimeLexicon.firstLetters(words.keySet()) + "(?:" + alternation + ")(?:-(?:" + alternation + ")|[ \\u00A0](?:"
                + digitWords + ")(?![\\w-]))?)";
        this.regex = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|" + wordRegex + ")";
    }

    public static NumberWords load(Path dataDir) {
        Path file = dataDir.resolve("time").resolve("numbers.tsv");
        Map<String, String> words = new HashMap<>();
        for (String[] row : TsvTable.read(file, "temporal data file").stripped(2)) {
            String value = row[1];
            if (!value.equals(VAGUE) && !value.matches("\\d+")) {
                throw new NewsKgException(file + ": bad value '" + value + "' for '" + row[0] + "'");
            }
            words.put(row[0].toLowerCase(Locale.ROOT), value);
        }
        return new NumberWords(words);
    }

    /** A regular expression (no groups, case-insensitive use) matching the written forms of a count. */
    String regex() {
        return regex;
    }

    /** The words whose value lies between two numbers, inclusive ("nineteen" and "twenty" for 19 to 20). */
    List<String> wordsBetween(int min, int max) {
        return words.entrySet().stream().filter(e -> e.getValue().matches("\\d+"))
                .filter(e -> Integer.parseInt(e.getValue()) >= min && Integer.parseInt(e.getValue()) <= max)
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Like {@link #regex} for counts written in words only. */
    String wordRegex() {
        return wordRegex;
    }

    /** The count as digits, "X" for a vague count, or empty when the text is not a count. */
    public Optional<String> count(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        t = SPACES.matcher(t).replaceAll(" ");
        if (DIGITS.matcher(t).matches()) {
            String digits = t.replace(",", "");
            return digits.length() > 9 ? Optional.empty() : Optional.of(String.valueOf(Integer.parseInt(digits)));
        }
        if (words.containsKey(t)) {
            return Optional.of(words.get(t));
        }
        int dash = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf(' ');
        if (dash > 0) {
            String tens = words.get(t.substring(0, dash));
            String units = words.get(t.substring(dash + 1));
            if (isNumber(tens) && isNumber(units)) {
                int ten = Integer.parseInt(tens);
                int unit = Integer.parseInt(units);
                if (ten >= 20 && ten <= 90 && ten % 10 == 0 && unit >= 1 && unit <= 9) {
                    return Optional.of(String.valueOf(ten + unit));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNumber(String value) {
        return value != null && !value.equals(VAGUE);
    }
}
