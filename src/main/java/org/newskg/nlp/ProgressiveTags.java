package org.newskg.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Corrects one confusion of the 1.5 Penn tagger before the chunker reads its tags: a rare verb in "-ing" after a
 * form of "be" and before its object is read as an adjective or a noun ("it was/JJ severing/JJ relations"), so the
 * chunker makes "severing relations" a noun phrase and readers of the clause lose its verb, its subject and its
 * tense. Such a word is a progressive (VBG). An "-ing" adjective before a noun keeps its tag when something stands
 * between it and "be" ("was a growing problem"), and so does one that ends the clause ("was interesting").
 */
final class ProgressiveTags {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "am");

    /** Tags that open the object of a verb: a determiner, a possessive, a pronoun, a number, a plural noun, a particle. */
    private static final Set<String> OBJECT_OPENERS = Set.of("DT", "PRP$", "PRP", "CD", "NNS", "RP");

    private ProgressiveTags() {
    }

    /** An object opens at {@code k}: an opener, or an adjective before a noun ("severing diplomatic relations"). */
    private static boolean objectFollows(String[] tags, int k) {
        return OBJECT_OPENERS.contains(tags[k])
                || tags[k].equals("JJ") && k + 1 < tags.length && (tags[k + 1].equals("NNS") || tags[k + 1].equals("NN"));
    }

    /** {@code tags} with each such word re-tagged VBG; the same array when nothing changes. */
    static String[] correct(String[] words, String[] tags) {
        String[] out = tags;
        for (int i = 1; i + 1 < words.length; i++) {
            if ((tags[i].equals("JJ") || tags[i].equals("NN")) && words[i].length() > 5 && words[i].endsWith("ing")
                    && BE.contains(words[i - 1].toLowerCase(Locale.ROOT)) && objectFollows(tags, i + 1)) {
                if (out == tags) {
                    out = tags.clone();
                }
                out[i] = "VBG";
            }
        }
        return out;
    }
}
