package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The features of OpenNLP's {@link WindowFeatureGenerator} (the inner generator's features of the word,
 * then of the previous words prefixed {@code p1}, {@code p2}..., then of the next ones, {@code n1}...), with
 * the inner features computed once per word of a sentence instead of once per window they fall in. The
 * inner generator must not depend on earlier outcomes (word, shape and class features do not).
 *
 * <pre>{@code
 * AdaptiveFeatureGenerator g = new SentenceWindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2);
 * }</pre>
 * Not thread-safe (it keeps the last sentence's features), as OpenNLP's generators are not: one per finder.
 */
public final class SentenceWindowFeatureGenerator implements AdaptiveFeatureGenerator {

    private final AdaptiveFeatureGenerator inner;
    private final int previous;
    private final int next;
    private String[] sentence;
    private List<List<String>> byWord;

    public SentenceWindowFeatureGenerator(AdaptiveFeatureGenerator inner, int previous, int next) {
        this.inner = inner;
        this.previous = previous;
        this.next = next;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.addAll(wordFeatures(tokens, index, previousOutcomes));
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            for (String f : wordFeatures(tokens, index - i, previousOutcomes)) {
                features.add(WindowFeatureGenerator.PREV_PREFIX + i + f);
            }
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            for (String f : wordFeatures(tokens, index + i, previousOutcomes)) {
                features.add(WindowFeatureGenerator.NEXT_PREFIX + i + f);
            }
        }
    }

    private List<String> wordFeatures(String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            byWord = new ArrayList<>(tokens.length);
            for (int i = 0; i < tokens.length; i++) {
                byWord.add(null);
            }
        }
        List<String> found = byWord.get(index);
        if (found == null) {
            found = new ArrayList<>(4);
            inner.createFeatures(found, tokens, index, previousOutcomes);
            byWord.set(index, found);
        }
        return found;
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        inner.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        inner.clearAdaptiveData();
        sentence = null;
    }
}
