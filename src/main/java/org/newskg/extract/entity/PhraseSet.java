package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.kb.NameKey;

/**
 * A set of short phrases ("Prime Minister", "News Agency") matched against sentence words with the
 * knowledge base's normalization and case rule, each phrase carrying a value (a type, a kind).
 *
 * <pre>{@code
 * int n = titles.longestAt(words, 3);        // 2 for "Prime Minister Modi" at 3
 * }</pre>
 * Immutable and thread-safe.
 */
final class PhraseSet {

    private static final int FILTER_WORDS = 1 << 10;   // 65,536 bits

    private record Phrase(List<String> words, String value) {
    }

    private final Map<String, List<Phrase>> byKey;
    private final int maxWords;
    private final Set<String> firstWords;
    /** The ASCII first words also capitalized and in capitals: most words are tested without a lower-case copy. */
    private final Set<String> casedFirstWords;
    /**
     * A bit for each word of {@link #casedFirstWords}, at {@link #bit} of its hash (cached in the string): a word whose
     * bit is clear is not in the set, found without probing the set (each finder asks at each word of a sentence, and
     * the probes, reading the set's strings, were 1.2% of extraction).
     */
    private final long[] casedFilter = new long[FILTER_WORDS];

    PhraseSet(Map<String, String> phrases) {
        Map<String, List<Phrase>> map = new HashMap<>();
        int max = 0;
        for (Map.Entry<String, String> e : phrases.entrySet()) {
            List<String> words = NameKey.significant(NameKey.split(e.getKey()));
            if (words.isEmpty()) {
                continue;
            }
            map.computeIfAbsent(NameKey.key(words), k -> new ArrayList<>()).add(new Phrase(words, e.getValue()));
            max = Math.max(max, NameKey.split(e.getKey()).size());
        }
        this.byKey = Map.copyOf(map);
        this.maxWords = max;
        Set<String> first = new HashSet<>();
        byKey.keySet().forEach(k -> first.add(k.contains(" ") ? k.substring(0, k.indexOf(' ')) : k));
        this.firstWords = Set.copyOf(first);
        Set<String> cased = new HashSet<>();
        for (String w : firstWords) {
            if (plainAscii(w)) {
                cased.add(w);
                cased.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
                cased.add(w.toUpperCase(Locale.ROOT));
            }
        }
        this.casedFirstWords = Set.copyOf(cased);
        for (String w : casedFirstWords) {
            int b = bit(w);
            casedFilter[b >>> 6] |= 1L << b;
        }
    }

    /** The word's bit in {@link #casedFilter}: its hash spread by an odd multiplier, top 16 bits. */
    private static int bit(String word) {
        return (word.hashCode() * 0x9E3779B9) >>> 16;
    }

    private boolean maybeCased(String word) {
        int b = bit(word);
        return (casedFilter[b >>> 6] & 1L << b) != 0;
    }

    /**
     * Whether some phrase starts with the word: {@code firstWords.contains(NameKey.normalizeWord(word))}. A plain
     * ASCII word (letters, digits, '&') is its own letters, so its key is its lower case; when it is in lower case,
     * capitalized or in capitals, that key is in the set exactly when the word itself is in the cased set.
     */
    private boolean startsPhrase(String word) {
        if (plainAscii(word)) {
            if (maybeCased(word) && casedFirstWords.contains(word)) {
                return true;
            }
            boolean upperFirst = word.charAt(0) >= 'A' && word.charAt(0) <= 'Z';
            boolean lowerRest = true;
            boolean upperRest = true;
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                lowerRest &= !(c >= 'A' && c <= 'Z');
                upperRest &= !(c >= 'a' && c <= 'z');
            }
            if (lowerRest || upperFirst && upperRest) {
                return false;   // lower case, capitalized, or capitals: the cased set would hold it
            }
        }
        String first = NameKey.normalizeWord(word);
        return !first.isEmpty() && firstWords.contains(first);
    }

    private static boolean plainAscii(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&')) {
                return false;
            }
        }
        return true;
    }

    /** The value of the phrase that words {@code [from, to)} spell, or null. */
    String valueOf(String[] words, int from, int to) {
        if (from < 0 || to > words.length || from >= to) {
            return null;
        }
        // Most spans fail here, before the span's key is built; a phrase neither starts nor ends with punctuation.
        if (!startsPhrase(words[from]) || NameKey.letters(words[to - 1]).isEmpty()) {
            return null;
        }
        List<String> surface = NameKey.significant(Arrays.asList(words).subList(from, to));
        if (surface.isEmpty()) {
            return null;
        }
        List<Phrase> candidates = byKey.get(NameKey.key(surface));
        if (candidates == null) {
            return null;
        }
        for (Phrase p : candidates) {
            if (caseFits(p.words(), surface)) {
                return p.value();
            }
        }
        return null;
    }

    // Unlike KB names, lower-case phrases ("spokesperson", "of") are fine: they are cues, not names.
    private static boolean caseFits(List<String> phrase, List<String> surface) {
        if (phrase.size() != surface.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (Character.isUpperCase(phrase.get(i).codePointAt(0)) && !Character.isUpperCase(surface.get(i).codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Number of words of the longest phrase starting at {@code from}, 0 if none. */
    int longestAt(String[] words, int from) {
        // Every span tried starts with the same word: when no phrase starts with it, none is tried (valueOf's own test).
        if (from >= 0 && from < words.length && !startsPhrase(words[from])) {
            return 0;
        }
        for (int n = Math.min(maxWords, words.length - from); n >= 1; n--) {
            if (valueOf(words, from, from + n) != null) {
                return n;
            }
        }
        return 0;
    }

    /** Number of words of the longest phrase ending just before {@code to}, 0 if none. */
    int longestEndingAt(String[] words, int to) {
        for (int n = Math.min(maxWords, to); n >= 1; n--) {
            if (valueOf(words, to - n, to) != null) {
                return n;
            }
        }
        return 0;
    }

    boolean contains(String word) {
        return valueOf(new String[] {word}, 0, 1) != null;
    }
}
