package org.newskg.extract.fact;

import java.util.List;
import org.newskg.nlp.Token;

/**
 * Moving over the chunks of a sentence (the IOB chunk tags of {@link Token#chunk()}): where the noun, verb or
 * prepositional phrase holding a token starts and ends.
 *
 * <pre>{@code
 * int first = Chunks.start(tokens, i);   // "a three hour meeting": from "meeting" back to "a"
 * }</pre>
 * Stateless and thread-safe.
 */
final class Chunks {

    private Chunks() {
    }

    /** Index of the first token of the chunk holding token {@code i}. */
    static int start(List<Token> tokens, int i) {
        int k = i;
        while (k > 0 && !tokens.get(k).opensChunk()) {
            k--;
        }
        return k;
    }

    /** Index after the last token of the chunk holding token {@code i}. */
    static int end(List<Token> tokens, int i) {
        int k = i + 1;
        while (k < tokens.size() && !tokens.get(k).opensChunk()) {
            k++;
        }
        return k;
    }

    static boolean is(List<Token> tokens, int i, String type) {
        return i >= 0 && i < tokens.size() && tokens.get(i).chunkType().equals(type);
    }

    /**
     * Verbs that take no object ("prices rose", "tension mounted"): their "-ing" form right before a common noun can
     * only qualify it. The chunker reads "against rising fuel prices" as a verb phrase "rising" and a noun phrase, as it
     * reads "for sending troops"; the verb's valency tells them apart.
     */
    private static final java.util.Set<String> INTRANSITIVE_PARTICIPLES = java.util.Set.of("rising", "soaring",
            "falling", "growing", "mounting", "spiralling", "spiraling", "escalating", "worsening", "deepening",
            "dwindling", "plummeting", "surging", "skyrocketing");

    /**
     * "protested against rising energy prices on Sunday", "demonstrated against soaring food prices in X": the "-ing"
     * form at {@code k} of a verb that takes no object, before a common noun, qualifies that noun; it is no verb with a
     * time or place of its own.
     */
    static boolean participleInNoun(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && INTRANSITIVE_PARTICIPLES.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))
                && tokens.get(k + 1).penn().startsWith("NN") && !tokens.get(k + 1).penn().startsWith("NNP");
    }

    /**
     * True for a verb in a verb phrase by the Penn tagger and chunker, which read news better than the UD tagger
     * ("TUNIS/VERB" in a dateline, "heads/NOUN for talks"); by the UD tag when a token has no Penn tag.
     */
    static boolean isVerb(Token t) {
        return t.penn().isEmpty() ? t.pos().equals("VERB") : t.penn().startsWith("VB") && t.chunkType().equals("VP");
    }
}
