package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The features of OpenNLP's {@link WindowFeatureGenerator} (the inner generator's features of the word,
 * then of the previous words prefixed {@code p1}, {@code p2}..., then of the next ones, {@code n1}...), with
 * the inner features computed once per word of a sentence instead of once per window they fall in. The
 * inner generator must not depend on earlier outcomes (word, shape and class features do not).
 * When the inner generator reads the word alone (OpenNLP's word and shape generators, {@link WordClassFeatureGenerator}),
 * each word's features and their prefixed forms are also kept from one sentence to the next (up to
 * {@value #MAX_WORDS} words, then forgotten all at once): a frequent word costs one lookup instead of a dozen
 * new strings, and the strings it returns again have their hash codes already computed for the model's lookup.
 *
 * <pre>{@code
 * AdaptiveFeatureGenerator g = new SentenceWindowFeatureGenerator(new TokenClassFeatureGenerator(true), 2, 2);
 * }</pre>
 * Not thread-safe (it keeps the last sentence's features), as OpenNLP's generators are not: one per finder.
 */
public final class SentenceWindowFeatureGenerator implements AdaptiveFeatureGenerator {

    static final int MAX_WORDS = 1 << 14;

    private final AdaptiveFeatureGenerator inner;
    private final int previous;
    private final int next;
    private final String[] previousPrefixes;
    private final String[] nextPrefixes;
    /** The features of words met before, by word; null when the inner generator reads more than the word. */
    private final Map<String, WordFeatures> known;
    private String[] sentence;
    private WordFeatures[] byPosition;

    public SentenceWindowFeatureGenerator(AdaptiveFeatureGenerator inner, int previous, int next) {
        this.inner = inner;
        this.previous = previous;
        this.next = next;
        this.previousPrefixes = new String[previous + 1];
        this.nextPrefixes = new String[next + 1];
        for (int i = 1; i <= previous; i++) {
            previousPrefixes[i] = WindowFeatureGenerator.PREV_PREFIX + i;
        }
        for (int i = 1; i <= next; i++) {
            nextPrefixes[i] = WindowFeatureGenerator.NEXT_PREFIX + i;
        }
        Class<?> c = inner.getClass();
        boolean wordAlone = c == TokenClassFeatureGenerator.class || c == TokenFeatureGenerator.class
                || c == WordClassFeatureGenerator.class;
        this.known = wordAlone ? new HashMap<>() : null;
    }

    /** The inner generator, for {@link FeatureRows}, which keeps a word-reading generator's rows by word. */
    AdaptiveFeatureGenerator inner() {
        return inner;
    }

    int previous() {
        return previous;
    }

    int next() {
        return next;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        addAll(features, wordFeatures(tokens, index, previousOutcomes).own);
        for (int i = 1; i <= previous && index - i >= 0; i++) {
            addAll(features, wordFeatures(tokens, index - i, previousOutcomes).prefixed(i, previousPrefixes, true));
        }
        for (int i = 1; i <= next && index + i < tokens.length; i++) {
            addAll(features, wordFeatures(tokens, index + i, previousOutcomes).prefixed(i, nextPrefixes, false));
        }
    }

    /** One by one: {@code List.addAll} copies the added list into a new array first. */
    static void addAll(List<String> features, List<String> more) {
        for (int k = 0; k < more.size(); k++) {
            features.add(more.get(k));
        }
    }

    private WordFeatures wordFeatures(String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            byPosition = new WordFeatures[tokens.length];
        }
        WordFeatures found = byPosition[index];
        if (found == null) {
            found = known == null ? null : known.get(tokens[index]);
            if (found == null) {
                List<String> own = new ArrayList<>(4);
                inner.createFeatures(own, tokens, index, previousOutcomes);
                found = new WordFeatures(own, previous, next);
                if (known != null) {
                    if (known.size() >= MAX_WORDS) {
                        known.clear();
                    }
                    known.put(tokens[index], found);
                }
            }
            byPosition[index] = found;
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

    /** One word's inner features and, made when first asked for, their forms prefixed by each window position. */
    private static final class WordFeatures {

        final List<String> own;
        private final List<String>[] before;
        private final List<String>[] after;

        @SuppressWarnings("unchecked")
        WordFeatures(List<String> own, int previous, int next) {
            this.own = own;
            this.before = new List[previous + 1];
            this.after = new List[next + 1];
        }

        List<String> prefixed(int distance, String[] prefixes, boolean isBefore) {
            List<String>[] made = isBefore ? before : after;
            List<String> p = made[distance];
            if (p == null) {
                String[] out = new String[own.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = prefixes[distance] + own.get(k);
                }
                p = Arrays.asList(out);
                made[distance] = p;
            }
            return p;
        }
    }
}
