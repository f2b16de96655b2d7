package org.newskg.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Normalizes names for matching: "U.S." and "US", "China's" and "China", "Bogotá" and "Bogota",
 * "Guinea-Bissau" and "Guinea Bissau" get the same key.
 *
 * <pre>{@code
 * String key = NameKey.key(NameKey.split("the U.S.'s"));   // "the us"
 * }</pre>
 * Thread-safe (it only remembers the letters of words not in ASCII, which depend on the word alone). A key alone
 * ignores case, so {@link #caseCompatible} keeps "us" (the pronoun) from matching "US" (the country) and "Who" from
 * matching "WHO".
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPLIT = Pattern.compile("(?<=\\S)(?=-)|(?<=-)(?=\\S)|\\s+|(?=['’]s$)|(?<=,)|(?=,)");

    private NameKey() {
    }

    /**
     * Whether {@link #SPLIT} cannot split the text: no whitespace, hyphen or comma, no closing "'s", and no line
     * terminator (before which its {@code $} would also match).
     */
    static boolean isOneWord(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r') || c == '-' || c == ',' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                return false;
            }
        }
        return !(n >= 2 && text.charAt(n - 1) == 's' && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '’'));
    }

    /** Splits a written name into words the way the recognizer sees text: hyphens, commas and "'s" apart. */
    public static List<String> split(String surface) {
        List<String> out = new ArrayList<>();
        String stripped = surface.strip();
        if (isOneWord(stripped)) {   // most names tried are one word: no matcher for them
            if (!stripped.isEmpty()) {
                out.add(stripped);
            }
            return out;
        }
        for (String part : SPLIT.split(stripped)) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** The matching form of one word: accents, dots, quotes and a possessive "'s" removed, lower case; may be empty. */
    public static String normalizeWord(String word) {
        return letters(word).toLowerCase(Locale.ROOT);
    }

    /** The word with only its letters and digits (and '&'), case kept; empty for punctuation and "'s". */
    public static String letters(String word) {
        if (isAscii(word)) {
            return asciiLetters(word);
        }
        // Two Unicode normalizations, a regex and a code point stream for each word not in ASCII ("Strelsáu", "’s",
        // "—"), asked again for every phrase list the recognizer tries at the word: 2.3% of extraction on a corpus
        // where about one word in 120 is not ASCII. The answer depends on the word alone, so it is remembered.
        String known = NON_ASCII_LETTERS.get(word);
        if (known == null) {
            known = unicodeLetters(word);
            if (NON_ASCII_LETTERS.size() >= NON_ASCII_LIMIT) {
                NON_ASCII_LETTERS.clear();
            }
            NON_ASCII_LETTERS.put(word, known);
        }
        return known;
    }

    /** Words not in ASCII whose {@link #letters} are remembered (some hundred bytes each); emptied when full. */
    static final int NON_ASCII_LIMIT = 8_192;
    private static final Map<String, String> NON_ASCII_LETTERS = new ConcurrentHashMap<>();

    /** {@link #letters} of a word not in ASCII, computed. */
    static String unicodeLetters(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'');
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.equals("'s") || w.equals("'S")) {
            return "";
        }
        w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder sb = new StringBuilder(w.length());
        w.codePoints().filter(c -> Character.isLetterOrDigit(c) || c == '&').forEach(sb::appendCodePoint);
        return sb.toString();
    }

    // The recognizer asks for the letters of every word of every candidate span: most words are plain ASCII,
    // for which both Unicode normalizations are the identity, so they skip the normalizer (same result).
    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLetters(String w) {
        int end = w.length();
        if (end > 2 && w.charAt(end - 2) == '\'' && (w.charAt(end - 1) == 's' || w.charAt(end - 1) == 'S')) {
            end -= 2;
        } else if (w.equals("'s") || w.equals("'S")) {
            return "";
        }
        boolean plain = true;
        for (int i = 0; i < end && plain; i++) {
            plain = Character.isLetterOrDigit(w.charAt(i)) || w.charAt(i) == '&';
        }
        if (plain) {
            return end == w.length() ? w : w.substring(0, end);
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '&') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The words that count for matching: those with letters or digits left after {@link #letters}. */
    public static List<String> significant(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String l = letters(w);
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The key of a written name, {@code key(split(name))} without the regular expressions: the knowledge base
     * keys several hundred thousand names at every load. Names with non-ASCII letters take the general path.
     */
    public static String keyOf(String name) {
        if (!isAscii(name)) {
            return key(split(name));
        }
        return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
    }

    /** {@code significant(split(name))} without regular expressions for ASCII names (the KB's lexicon is built at every load). */
    public static List<String> words(String name) {
        if (!isAscii(name)) {
            return significant(split(name));
        }
        List<String> out = new ArrayList<>(4);
        int n = name.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && !isBreak(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                String l = asciiLetters(name.substring(start, i));
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
            i++;
        }
        return out;
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '-' || c == ',' || c == '\t';
    }

    /** The key of a word sequence: its significant words, normalized, joined by single spaces. */
    public static String key(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : significant(words)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * Whether a surface may stand for a name with the same key: each word the name capitalizes is
     * capitalized in the surface, each acronym word of the name ("US", "WHO") is all capitals there,
     * and the surface has at least one capital (names are capitalized; "the world" is not a name).
     * Both lists hold significant words (see {@link #significant}).
     */
    public static boolean caseCompatible(List<String> name, List<String> surface) {
        if (name.size() != surface.size()) {
            return false;
        }
        boolean anyCapital = false;
        for (int i = 0; i < name.size(); i++) {
            String n = name.get(i);
            String s = surface.get(i);
            boolean sUpper = Character.isUpperCase(s.codePointAt(0));
            anyCapital |= sUpper;
            if (isAllCaps(n) && n.codePointCount(0, n.length()) >= 2 && !isAllCaps(s)) {
                return false;
            }
            if (Character.isUpperCase(n.codePointAt(0)) && !sUpper) {
                return false;
            }
        }
        return anyCapital;
    }

    /** True when the word has letters and none of them is lower case. */
    public static boolean isAllCaps(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}
