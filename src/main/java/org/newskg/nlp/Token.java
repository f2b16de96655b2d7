package org.newskg.nlp;

/**
 * A token with its half-open character offsets into the article text, its UD part-of-speech tag
 * (PROPN, NOUN, VERB, ...), its lemma, its Penn Treebank tag (VBD, VBN, MD, ...: the tense and voice UD
 * leaves out) and its chunk tag in the CoNLL-2000 IOB form (B-NP, I-NP, B-VP, B-PP, O). Immutable.
 */
public record Token(int begin, int end, String text, String pos, String lemma, String penn, String chunk) {

    /** A token without Penn tag and chunk (gold data, tests): {@code penn} is "" and {@code chunk} "O". */
    public Token(int begin, int end, String text, String pos, String lemma) {
        this(begin, end, text, pos, lemma, "", "O");
    }

    public Token {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token offsets [" + begin + ", " + end + ") for '" + text + "'");
        }
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + begin + ", " + end + ")");
        }
    }

    /** The chunk's type ("NP", "VP", "PP", ...) or "O" outside any chunk. */
    public String chunkType() {
        return chunk.length() > 2 && chunk.charAt(1) == '-' ? chunk.substring(2) : "O";
    }

    /** True when this token opens a chunk (or stands outside any). */
    public boolean opensChunk() {
        return !chunk.startsWith("I-");
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
