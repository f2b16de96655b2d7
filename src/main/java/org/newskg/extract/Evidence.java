package org.newskg.extract;

/**
 * Where a fact was read: a sentence and the half-open article offsets of the words that triggered it
 * (an event trigger, a reporting verb, a title). Immutable.
 */
public record Evidence(int sentence, int begin, int end) {

    public Evidence {
        if (sentence < 0 || begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad evidence: sentence " + sentence + " [" + begin + ", " + end + ")");
        }
    }
}
