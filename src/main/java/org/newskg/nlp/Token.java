package org.newskg.nlp;

/**
 * A token with its half-open character offsets into the article text, its UD part-of-speech tag
 * (PROPN, NOUN, VERB, ...) and its lemma. Immutable.
 */
public record Token(int begin, int end, String text, String pos, String lemma) {

    public Token {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad token offsets [" + begin + ", " + end + ") for '" + text + "'");
        }
        if (text.length() != end - begin) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + begin + ", " + end + ")");
        }
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
