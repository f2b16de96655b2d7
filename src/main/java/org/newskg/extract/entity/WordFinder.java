package org.newskg.extract.entity;

import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * A name finder over the words of one sentence. It is an OpenNLP {@link TokenNameFinder} (spans typed
 * with the {@link org.newskg.kb.EntityType} name, probability = confidence), and also gives the richer
 * {@link NameMatch}es the recognizer needs (canonical name, QID, rule).
 *
 * <pre>{@code
 * Span[] spans = finder.find(new String[] {"Chinese", "President", "Xi", "Jinping"});
 * }</pre>
 * Implementations are immutable and thread-safe; they keep no adaptive data.
 */
abstract class WordFinder implements TokenNameFinder {

    /** Matches in a sentence; {@code tags} may be null when no POS tags are known. Overlaps allowed. */
    abstract List<NameMatch> match(String[] words, String[] tags);

    @Override
    public final Span[] find(String[] tokens) {
        return match(tokens, null).stream()
                .map(m -> new Span(m.start(), m.end(), m.type().name(), m.confidence()))
                .sorted()
                .toArray(Span[]::new);
    }

    @Override
    public final void clearAdaptiveData() {
        // Nothing adapts: finders are rules over immutable data.
    }

    static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
