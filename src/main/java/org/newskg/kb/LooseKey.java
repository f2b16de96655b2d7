package org.newskg.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A looser key than {@link NameKey} for names written from other scripts, whose vowels and some letters
 * vary between transliterations ("Seniora" and "Siniora", "al-Shareh" and "al-Sharaa", "Mohammed" and
 * "Muhammad"): each word keeps its first letter and its consonants without h, w and y, doubled letters
 * collapsed; article particles that transliterations add or drop ("al", "el") are left out.
 *
 * <pre>{@code
 * LooseKey.of(List.of("al", "Shareh"));   // "shr"
 * }</pre>
 * A match on this key is weaker evidence than one on {@link NameKey}: the linker gives it a lower score.
 * Stateless and thread-safe.
 */
public final class LooseKey {

    /** Particles of Arabic-derived names that one transliteration writes and another drops or joins. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ad", "ed", "ash", "as", "ar", "at", "az");

    private LooseKey() {
    }

    /** The loose key of significant words ({@link NameKey#significant}); empty when nothing is left. */
    public static String of(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lower) && words.size() > 1) {
                continue;
            }
            String s = skeleton(lower);
            if (!s.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /**
     * True when {@code name} may be a spelling of the written name {@code written} whose loose keys are the same: each
     * significant word of one is spelled much like its counterpart in the other (an edit distance of at most half the
     * longer word: "Muhammad" for "Mohammed", "Sharaa" for "Shareh", not "Keiko" for "Kakuei", whose skeletons agree
     * only because Japanese names are mostly vowels). Names with different numbers of words are not compared (true).
     */
    public static boolean spelledAlike(List<String> written, List<String> name) {
        List<String> a = significant(written);
        List<String> b = significant(name);
        if (a.size() != b.size()) {
            return true;
        }
        for (int i = 0; i < a.size(); i++) {
            int longer = Math.max(a.get(i).length(), b.get(i).length());
            if (2 * DISTANCE.apply(a.get(i), b.get(i)) > longer) {
                return false;
            }
        }
        return true;
    }

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private static List<String> significant(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!(PARTICLES.contains(lower) && words.size() > 1) && !skeleton(lower).isEmpty()) {
                out.add(lower);
            }
        }
        return out;
    }

    private static String skeleton(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean keep = i == 0 ? Character.isLetterOrDigit(c) : "aeiouhwy".indexOf(c) < 0 && Character.isLetterOrDigit(c);
            // "kh", "ch", "sh": the h belongs to the sound; a vowel-initial word keeps its first letter as a vowel class.
            if (i == 0 && "aeiou".indexOf(c) >= 0) {
                c = 'a';
            }
            if (keep && c != last) {
                sb.append(c);
            }
            if (keep) {
                last = c;
            }
        }
        return sb.toString();
    }
}
