package org.newskg.extract.entity;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * One word-class feature per word from an English vocabulary ({@link WordClasses}): the word's casing
 * ({@code C} capitalized, {@code A} all capitals, {@code l} lower case) followed by {@code c} when its lower-case
 * form is a common word and {@code p} when it is a listed proper noun, e.g. {@code wc=Cc} for "Arrest",
 * {@code wc=Cp} for "Kipling", {@code wc=C} for an unknown capitalized word ("Spotify"), {@code wc=Ac} for
 * "NOT". Words without a letter first get none. Unlike the model's word features, these also speak for
 * words the training data never had, which is most of the names in unseen news.
 *
 * <pre>{@code
 * AdaptiveFeatureGenerator g = new WordClassFeatureGenerator(WordClasses.of(List.of("arrest"), List.of("Kipling")));
 * }</pre>
 * Stateless apart from the shared read-only vocabulary: thread-safe.
 */
public final class WordClassFeatureGenerator implements AdaptiveFeatureGenerator {

    private final WordClasses words;

    public WordClassFeatureGenerator(WordClasses words) {
        this.words = words;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String c = wordClass(tokens[index]);
        if (c != null) {
            features.add("wc=" + c);
        }
    }

    /** The class of one word, or null for a word that does not start with a letter. */
    String wordClass(String w) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return null;
        }
        StringBuilder sb = new StringBuilder(3);
        if (Character.isLowerCase(w.charAt(0))) {
            sb.append('l');
        } else if (w.length() > 1 && allCaps(w)) {
            sb.append('A');
        } else {
            sb.append('C');
        }
        if (words.isCommon(w)) {
            sb.append('c');
        }
        if (sb.charAt(0) != 'l' && words.isProper(w)) {
            sb.append('p');
        }
        return sb.toString();
    }

    private static boolean allCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
