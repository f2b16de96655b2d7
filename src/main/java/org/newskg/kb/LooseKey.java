package org.newskg.kb;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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
