package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * A name finder over the words of one sentence. It is an OpenNLP {@link TokenNameFinder} (spans typed
 * with the {@link org.newskg.kb.EntityType} name, probability = confidence), and also gives the richer
 * {@link NameMatch}es the recognizer needs (canonical name, QID, rule).
 *
 * <pre>{@code
 * Span[] spans = finder.find(new String[] {"Kenyan", "President", "Jane", "Doe"});
 * }</pre>
 * Implementations are immutable and thread-safe; they keep no adaptive data.
 */
abstract class WordFinder implements TokenNameFinder {

    /** Matches in a sentence; {@code tags} may be null when no POS tags are known. Overlaps allowed. */
    abstract List<NameMatch> match(String[] words, String[] tags);

    /** Like OpenNLP's finders, answers non-overlapping spans: longer, then more confident, matches win. */
    @Override
    public final Span[] find(String[] tokens) {
        List<NameMatch> ranked = new ArrayList<>(match(tokens, null));
        ranked.sort(Comparator.comparingInt(NameMatch::length).reversed()
                .thenComparing(Comparator.comparingDouble(NameMatch::confidence).reversed())
                .thenComparingInt(NameMatch::start));
        List<Span> kept = new ArrayList<>();
        for (NameMatch m : ranked) {
            Span span = new Span(m.start(), m.end(), m.type().name(), m.confidence());
            if (kept.stream().noneMatch(k -> k.intersects(span))) {
                kept.add(span);
            }
        }
        return kept.stream().sorted().toArray(Span[]::new);
    }

    @Override
    public final void clearAdaptiveData() {
        // Nothing adapts: finders are rules over immutable data.
    }

    static boolean hasLetterOrDigit(String word) {
        // A loop rather than a stream: this runs for most words of every sentence.
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
