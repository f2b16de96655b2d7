package org.newskg.extract.entity;

import java.util.Set;
import org.newskg.kb.NameKey;

/**
 * Facts about the words of a sentence that every name finder asks: the text of a span, whether the line is shouted in
 * capitals, where particles continue a name.
 *
 * <pre>{@code
 * String name = NameWords.join(words, 2, 5);   // "Inter-American Development Bank", "Toyota Motor Corp."
 * }</pre>
 * Stateless.
 */
final class NameWords {

    /** Word classes capitalized at the start of a sentence only: "The", "In", "It", "And", "Then". */
    private static final Set<String> SENTENCE_OPENERS = Set.of("DET", "ADP", "PRON", "CCONJ", "SCONJ", "ADV", "AUX", "PART");

    private NameWords() {
    }

    /** Whether the line is shouted: three words or more with letters, all in capitals (figures and dates do not count). */
    static boolean isAllCapsLine(String[] w) {
        int letters = 0;
        for (String word : w) {
            if (!hasLetter(word)) {
                continue;
            }
            if (!NameKey.isAllCaps(word)) {
                return false;
            }
            letters++;
        }
        return letters >= 3;
    }

    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The end of capitalized words and particles continuing a name at {@code from}, if a particle is among them. */
    static int particleNameEnd(PhraseSet particles, String[] w, int from) {
        int k = from;
        int end = from;
        while (k < w.length && isCapitalized(w[k])) {
            k++;
        }
        while (k + 1 < w.length && particles.contains(w[k]) && Character.isLowerCase(w[k].codePointAt(0)) && isCapitalized(w[k + 1])) {
            k++;
            while (k < w.length && isCapitalized(w[k])) {
                k++;
            }
            end = k;
        }
        return end;
    }

    private static boolean isCapitalized(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && word.codePoints().anyMatch(Character::isLetter);
    }

    /** An opening quotation mark or bracket, or a dash: what may stand before a sentence's first word. */
    static boolean isOpeningPunctuation(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("'") || word.equals("‘") || word.equals("(")
                || word.equals("[") || word.equals("-") || word.equals("--") || word.equals("—") || word.equals("–");
    }

    static String join(String[] w, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            boolean glue = sb.length() == 0 || w[k].equals(".") || w[k].equals("-") || w[k - 1].equals("-");
            if (!glue) {
                sb.append(' ');
            }
            sb.append(w[k]);
        }
        return sb.toString();
    }

    /**
     * A name set in capitals as a dateline sets it ("TOYAKO", "PORT MORESBY") written as running text writes it
     * ("Toyako", "Port Moresby"); a name with a lower-case letter is returned as it is.
     */
    static String titled(String name) {
        if (name.chars().anyMatch(Character::isLowerCase)) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return sb.toString();
    }

    /**
     * English writes a name with a capital or a digit somewhere ("Paris", "eBay", "G20"): "the republic" or
     * "The world" (a capital only because it opens the sentence) is no name, whatever a list or the model says.
     * A function-word tag on the first word is believed only of a common English word of {@code vocabulary} (of any
     * word when there is no vocabulary, as without a model).
     */
    static boolean isWrittenAsName(SentenceWords w, NameMatch m, WordClasses vocabulary) {
        for (int i = m.start(); i < m.end(); i++) {
            String word = w.words()[i];
            boolean capital = false;
            boolean titleCase = true;
            for (int k = 0; k < word.length(); ) {
                int c = word.codePointAt(k);
                capital |= Character.isUpperCase(c) || Character.isDigit(c);
                titleCase &= k == 0 || !Character.isUpperCase(c);
                k += Character.charCount(c);
            }
            // "Beijing said it ...": the tagger may call an unknown first word an auxiliary; only a common word is one
            boolean openerOnly = i == 0 && titleCase && SENTENCE_OPENERS.contains(w.tags()[i])
                    && (vocabulary.size() == 0 || vocabulary.isCommon(word));
            if (capital && !openerOnly) {
                return true;
            }
        }
        return false;
    }
}
